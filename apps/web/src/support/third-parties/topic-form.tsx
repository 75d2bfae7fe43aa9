import { thirdPartyTopicInput } from "@reskontra/contracts/support";
import { TICKET_CATEGORIES } from "@reskontra/domain";
import { Alert, Button, Field, SelectField } from "@reskontra/ui";
import { useForm } from "react-hook-form";
import { inputResolver } from "../../forms/input-resolver";
import { useServerErrors, type FieldOf } from "../../forms/server-errors";
import type { Topic, TopicInput } from "./api-types";
import { useThirdPartyText } from "./texts";

interface Form {
  titleFi: string;
  titleEn: string;
  /** Comma-separated, as an agent types them. */
  keywords: string;
  category: string;
}

export const NEW_TOPIC: Form = { titleFi: "", titleEn: "", keywords: "", category: "" };

export function topicForm(t: Topic): Form {
  return { titleFi: t.titleFi, titleEn: t.titleEn, keywords: t.keywords.join(", "), category: t.category ?? "" };
}

const inputOf = (f: Form): TopicInput => ({
  titleFi: f.titleFi,
  titleEn: f.titleEn,
  keywords: f.keywords
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== ""),
  category: (TICKET_CATEGORIES as readonly string[]).includes(f.category) ? (f.category as TopicInput["category"]) : null,
});

const fieldOf: FieldOf<Form> = (path) => {
  const name = path.replace(/^topic\./, "").replace(/\.\d+$/, "");
  return name === "titleFi" || name === "titleEn" || name === "keywords" || name === "category" ? name : null;
};

/** A topic of a third party: its title in both languages and the words that suggest it. */
export function TopicForm(props: {
  initial: Form;
  busy: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (topic: TopicInput) => void;
  onCancel?: () => void;
}) {
  const { tt, locale, fieldError } = useThirdPartyText();
  const form = useForm<Form, unknown, TopicInput>({
    resolver: inputResolver(thirdPartyTopicInput, inputOf, fieldOf, locale, tt("field.required")),
    defaultValues: props.initial,
  });
  const { general } = useServerErrors(form.setError, props.error, fieldOf);
  const { errors } = form.formState;
  return (
    <form
      onSubmit={(e) =>
        void form.handleSubmit((topic) => {
          props.onSubmit(topic);
        })(e)
      }
      className="third-party-form"
      noValidate
    >
      <Field label={tt("topic.titleFi")} {...form.register("titleFi")} error={fieldError(errors.titleFi?.message)} />
      <Field label={tt("topic.titleEn")} {...form.register("titleEn")} error={fieldError(errors.titleEn?.message)} />
      <Field
        label={tt("topic.keywords")}
        hint={tt("topic.keywordsHint")}
        {...form.register("keywords")}
        error={fieldError(errors.keywords?.message)}
      />
      <SelectField
        label={tt("topic.category")}
        {...form.register("category")}
        options={[
          { value: "", label: tt("topic.anyCategory") },
          ...TICKET_CATEGORIES.map((c) => ({ value: c, label: tt(`category.${c}`) })),
        ]}
        error={fieldError(errors.category?.message)}
      />
      {general ? <Alert>{general}</Alert> : null}
      <div className="third-party-actions">
        <Button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button variant="secondary" onClick={props.onCancel}>
            {tt("topic.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
