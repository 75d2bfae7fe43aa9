import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { StatusBadge } from "./badge";
import { TextAreaField } from "./text-area-field";

afterEach(cleanup);

describe("StatusBadge and TextAreaField", () => {
  it("renders the badge text with its tone class and test hook", () => {
    render(
      <StatusBadge tone="danger" testId="risk">
        Myöhässä
      </StatusBadge>,
    );
    const badge = screen.getByTestId("risk");
    expect(badge.textContent).toBe("Myöhässä");
    expect(badge.className).toContain("rk-badge--danger");
  });

  it("ties a text area's error to it like Field does", () => {
    render(<TextAreaField label="Kysymys" error="Kirjoita kysymys" />);
    const textarea = screen.getByLabelText("Kysymys");
    expect(textarea.tagName).toBe("TEXTAREA");
    expect(textarea.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe("Kirjoita kysymys");
  });
});
