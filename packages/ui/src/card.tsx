import { createContext, useContext, type ReactNode } from "react";

const CardTitle = /* @__PURE__ */ createContext<ReactNode>(null);

/** The title of the card around, for a table inside to name itself by (its caption) when not given one. */
export function useCardTitle(): ReactNode {
  return useContext(CardTitle);
}

export function Card({ title, children, actions }: { title?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="rk-card">
      {title || actions ? (
        <header className="rk-card__header">
          {title ? <h2>{title}</h2> : null}
          {actions}
        </header>
      ) : null}
      <CardTitle.Provider value={title ?? null}>{children}</CardTitle.Provider>
    </section>
  );
}
