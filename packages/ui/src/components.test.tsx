import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Field, Money, Table } from "./components";

afterEach(cleanup);

describe("ui components", () => {
  it("ties a field's error to its input for screen readers", () => {
    render(<Field label="Sähköposti" error="Virheellinen sähköpostiosoite" />);
    const input = screen.getByLabelText("Sähköposti");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe("Virheellinen sähköpostiosoite");
  });

  it("renders money in Finnish format", () => {
    const { container } = render(<Money cents={123456} />);
    expect(container.textContent).toBe("1\u00a0234,56\u00a0€");
  });

  it("shows the empty text instead of an empty table", () => {
    render(
      <Table
        columns={[{ key: "a", header: "A", cell: (r: { a: string }) => r.a }]}
        rows={[]}
        rowKey={(r) => r.a}
        empty="Ei laskuja"
      />,
    );
    expect(screen.getByText("Ei laskuja")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("Table row hooks", () => {
  it("puts the row's test id on its <tr>", () => {
    render(
      <Table
        columns={[{ key: "a", header: "A", cell: (r: { a: string }) => r.a }]}
        rows={[{ a: "10010257" }]}
        rowKey={(r) => r.a}
        rowTestId={(r) => `unsent-row-${r.a}`}
        empty="-"
      />,
    );
    expect(screen.getByTestId("unsent-row-10010257").tagName).toBe("TR");
  });
});
