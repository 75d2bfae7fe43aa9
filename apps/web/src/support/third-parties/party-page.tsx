import { Alert, Button, Card, StatusBadge } from "@reskontra/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import { useTRPC } from "../../trpc";
import type { ThirdParty, Topic } from "./api-types";
import { NEW_PARTY, PartyForm, partyForm } from "./party-form";
import { useThirdPartyText } from "./texts";
import { NEW_TOPIC, TopicForm, topicForm } from "./topic-form";

export function NewPartyPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { tt } = useThirdPartyText();
  const create = useMutation(
    trpc.support.thirdParties.create.mutationOptions({
      onSuccess: async ({ id }) => {
        await queryClient.invalidateQueries(trpc.support.thirdParties.pathFilter());
        navigate(`/support/third-parties/${id}`);
      },
    }),
  );
  return (
    <Card title={tt("list.new")}>
      <PartyForm
        initial={NEW_PARTY}
        busy={create.isPending}
        error={create.error}
        onSubmit={(party) => create.mutate({ party })}
      />
    </Card>
  );
}

/** One third party: its contact (editable), in or out of use, and its topics. */
export function PartyPage() {
  const { thirdPartyId = "" } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { tt } = useThirdPartyText();
  const party = useQuery(trpc.support.thirdParties.get.queryOptions({ thirdPartyId }));
  const invalidate = () => queryClient.invalidateQueries(trpc.support.thirdParties.pathFilter());
  const update = useMutation(trpc.support.thirdParties.update.mutationOptions({ onSuccess: invalidate }));
  const deactivate = useMutation(trpc.support.thirdParties.deactivate.mutationOptions({ onSuccess: invalidate }));
  const reactivate = useMutation(trpc.support.thirdParties.reactivate.mutationOptions({ onSuccess: invalidate }));
  if (party.error) return <Alert>{party.error.message}</Alert>;
  if (!party.data) return <p role="status">{tt("loading")}</p>;
  const p = party.data;
  return (
    <>
      <p>
        <Link href="/support/third-parties">{tt("party.back")}</Link>
      </p>
      <Card
        title={p.name}
        actions={
          p.active ? (
            <Button variant="danger" disabled={deactivate.isPending} onClick={() => deactivate.mutate({ thirdPartyId })}>
              {tt("party.deactivate")}
            </Button>
          ) : (
            <Button variant="secondary" disabled={reactivate.isPending} onClick={() => reactivate.mutate({ thirdPartyId })}>
              {tt("party.reactivate")}
            </Button>
          )
        }
      >
        {p.active ? null : (
          <p>
            <StatusBadge tone="warning">{tt("status.inactive")}</StatusBadge> {tt("party.inactiveNote")}
          </p>
        )}
        <PartyForm
          key={p.updatedAt.toISOString()}
          initial={partyForm(p)}
          busy={update.isPending}
          error={update.error}
          saved={update.isSuccess}
          onSubmit={(fields) => update.mutate({ thirdPartyId, party: fields })}
        />
      </Card>
      <Topics party={p} />
    </>
  );
}

function Topics({ party }: { party: ThirdParty }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { tt, locale } = useThirdPartyText();
  const [editing, setEditing] = useState<string | null>(null);
  const [added, setAdded] = useState(0);
  const invalidate = () => queryClient.invalidateQueries(trpc.support.thirdParties.pathFilter());
  const add = useMutation(
    trpc.support.thirdParties.addTopic.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setAdded((n) => n + 1);
      },
    }),
  );
  const edit = useMutation(
    trpc.support.thirdParties.updateTopic.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setEditing(null);
      },
    }),
  );
  const remove = useMutation(trpc.support.thirdParties.removeTopic.mutationOptions({ onSuccess: invalidate }));
  const title = (t: Topic) => (locale === "en" ? t.titleEn : t.titleFi);
  return (
    <Card title={tt("topics.title")}>
      {party.topics.length === 0 ? <p>{tt("topics.empty")}</p> : null}
      <ul className="third-party-topics">
        {party.topics.map((t) => (
          <li key={t.id} data-testid={`topic-${t.titleFi}`}>
            {editing === t.id ? (
              <TopicForm
                initial={topicForm(t)}
                busy={edit.isPending}
                error={edit.error}
                submitLabel={tt("topic.save")}
                onSubmit={(topic) => edit.mutate({ topicId: t.id, topic })}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <strong>{title(t)}</strong>
                {t.category ? ` (${tt(`category.${t.category}`)})` : null}
                <div className="third-party-keywords">{t.keywords.join(", ")}</div>
                <div className="third-party-actions">
                  <Button variant="secondary" onClick={() => setEditing(t.id)}>
                    {tt("topic.edit")}
                  </Button>
                  <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ topicId: t.id })}>
                    {tt("topic.remove")}
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>{tt("topic.add")}</h3>
      {added > 0 ? <Alert tone="success">{tt("topic.added")}</Alert> : null}
      <TopicForm
        key={added}
        initial={NEW_TOPIC}
        busy={add.isPending}
        error={add.error}
        submitLabel={tt("topic.add")}
        onSubmit={(topic) => add.mutate({ thirdPartyId: party.id, topic })}
      />
    </Card>
  );
}
