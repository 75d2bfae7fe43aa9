import { Route, Switch } from "wouter";
import { NavLink } from "../../shell/nav-link";
import { useSupportRoles } from "../support-roles";
import { BoardPage } from "./board-page";
import { SuggestionForm } from "./suggestion-form";
import { SuggestionList } from "./suggestion-list";
import { SuggestionPage } from "./suggestion-page";
import { useSuggestionText } from "./texts";
import "./suggestions.css";

/** The room's pages: the list with votes, the filing form, a suggestion's page and the product team's board. */
export function SuggestionsPages() {
  const { gt } = useSuggestionText();
  const { product } = useSupportRoles();
  return (
    <>
      <nav aria-label={gt("title")} className="suggestion-nav">
        <NavLink to="/support/suggestions" end>
          {gt("nav.list")}
        </NavLink>
        <NavLink to="/support/suggestions/new">{gt("nav.new")}</NavLink>
        {product ? <NavLink to="/support/suggestions/board">{gt("nav.board")}</NavLink> : null}
      </nav>
      <Switch>
        <Route path="/support/suggestions/new">
          <SuggestionForm />
        </Route>
        <Route path="/support/suggestions/board">
          <BoardPage />
        </Route>
        <Route path="/support/suggestions/:suggestionId">
          {(params) => <SuggestionPage suggestionId={params.suggestionId} />}
        </Route>
        <Route>
          <SuggestionList />
        </Route>
      </Switch>
    </>
  );
}
