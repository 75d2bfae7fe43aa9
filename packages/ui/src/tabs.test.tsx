import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { TabLinks, Tabs, tabIndexAfterKey } from "./tabs";

afterEach(cleanup);

function Three() {
  const [tab, setTab] = useState<"a" | "b" | "c">("a");
  return (
    <Tabs
      label="Asiakkaan tiedot"
      tabs={[
        { id: "a", label: "Valtuudet" },
        { id: "b", label: "Saldot" },
        { id: "c", label: "Tapahtumat" },
      ]}
      selected={tab}
      onSelect={setTab}
    >
      <p>paneeli {tab}</p>
    </Tabs>
  );
}

describe("tabs", () => {
  it("moves with the arrow keys, Home and End, wrapping at the ends", () => {
    expect(tabIndexAfterKey("ArrowRight", 0, 3)).toBe(1);
    expect(tabIndexAfterKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabIndexAfterKey("ArrowLeft", 0, 3)).toBe(2);
    expect(tabIndexAfterKey("Home", 2, 3)).toBe(0);
    expect(tabIndexAfterKey("End", 0, 3)).toBe(2);
    expect(tabIndexAfterKey("Enter", 0, 3)).toBeNull();
  });

  it("keeps one tab in the tab order, selects and focuses the tab an arrow key reaches, and labels the panel by it", () => {
    render(<Three />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tabs[0]?.focus();
    fireEvent.keyDown(tabs[0] as HTMLElement, { key: "ArrowRight" });
    // (role queries by name are slow in jsdom on a busy machine: the tabs are looked at by position)
    const [valtuudet, saldot, tapahtumat] = screen.getAllByRole("tab");
    expect(saldot?.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(saldot);
    const panel = screen.getByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe(saldot?.id);
    expect(panel.textContent).toBe("paneeli b");
    fireEvent.keyDown(saldot as HTMLElement, { key: "End" });
    expect(document.activeElement).toBe(tapahtumat);
    fireEvent.keyDown(tapahtumat as HTMLElement, { key: "ArrowRight" });
    expect(valtuudet?.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(valtuudet);
  }, 20_000);

  it("page tabs: the current page's link is in the tab order and the arrow keys move focus along the links", () => {
    render(
      <TabLinks label="Laskujen näkymät">
        <a href="/invoices/mine">Omat</a>
        <a href="/invoices/customers" aria-current="page">
          Asiakkaat
        </a>
        <a href="/invoices/new">Uusi</a>
      </TabLinks>,
    );
    const links = screen.getByRole("navigation").querySelectorAll("a");
    expect([...links].map((a) => a.tabIndex)).toEqual([-1, 0, -1]);
    links[1]?.focus();
    fireEvent.keyDown(links[1] as HTMLElement, { key: "ArrowRight" });
    expect(document.activeElement).toBe(links[2]);
    expect([...links].map((a) => a.tabIndex)).toEqual([-1, -1, 0]);
    fireEvent.keyDown(links[2] as HTMLElement, { key: "Home" });
    expect(document.activeElement).toBe(links[0]);
  });
});
