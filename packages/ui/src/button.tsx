import type { ButtonHTMLAttributes } from "react";

export function Button({
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" }) {
  return <button type="button" {...props} className={`rk-button rk-button--${variant} ${props.className ?? ""}`} />;
}
