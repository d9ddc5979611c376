/**
 * Our own schema for GitHub issue forms (.github/ISSUE_TEMPLATE/*.yml) and for the template chooser's config.yml.
 *
 * No npm package ships GitHub's rules for these files as data, and this repository keeps no copies of files from
 * other repositories, so the rules below are written from GitHub's documentation, read on 2026-11-30 (each page's
 * text as published in the github/docs repository, under
 * content/communities/using-templates-to-encourage-useful-issues-and-pull-requests/):
 * - Syntax for issue forms (top-level keys):
 *   https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms.md
 * - Syntax for GitHub's form schema (element keys, the five element types and their attributes):
 *   https://docs.github.com/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-githubs-form-schema
 * - Common validation errors when creating issue forms (the checks GitHub runs when it saves or shows a form):
 *   https://docs.github.com/communities/using-templates-to-encourage-useful-issues-and-pull-requests/common-validation-errors-when-creating-issue-forms
 * - Configuring issue templates for your repository (the name's length, and config.yml):
 *   https://docs.github.com/en/enterprise-server@3.18/communities/using-templates-to-encourage-useful-issues-and-pull-requests/configuring-issue-templates-for-your-repository
 *
 * Where the documentation is silent, the schema is strict: an element type or key it does not describe is
 * refused (GitHub has since documented an `upload` element; add it here, from its documentation, before a form
 * uses one). Every message names the path of the offending value, like GitHub's own `body[i]` errors.
 */
import { z } from 'astro/zod';

/** "Empty strings, or strings consisting of only whitespaces, are also not permissible when the field expects a string." */
const text = z.string().regex(/\S/, 'must be a non-empty string');

/** Element ids: "Can only use alpha-numeric characters, `-`, and `_`. Must be unique in the form definition." */
const elementId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'can only contain numbers, letters, - and _');

/** `assignees`, `labels` and `projects` take an array or a comma-delimited string. */
const listOrCommaString = (item: z.ZodType<string>) => z.union([z.array(item).min(1), text]);

/** Projects are written PROJECT-OWNER/PROJECT-NUMBER, such as "octo-org/1". */
const project = z.string().regex(/^[A-Za-z0-9_.-]+\/\d+$/, 'must read PROJECT-OWNER/PROJECT-NUMBER');

/** `validations` on a text field or dropdown: only `required`, a boolean. */
const validations = z.strictObject({ required: z.boolean().optional() });

/** "Some words commonly used by attackers are not permitted in the label of input or textarea elements." */
const fieldLabel = text.refine((label) => !/password/i.test(label), 'label contains a forbidden word ("password")');

const markdown = z.strictObject({
  type: z.literal('markdown'),
  attributes: z.strictObject({ value: text }),
});

const textarea = z.strictObject({
  type: z.literal('textarea'),
  id: elementId.optional(),
  attributes: z.strictObject({
    label: fieldLabel,
    description: text.optional(),
    placeholder: text.optional(),
    value: text.optional(),
    /** A language GitHub knows, which turns the answer into a code block. */
    render: text.optional(),
  }),
  validations: validations.optional(),
});

const input = z.strictObject({
  type: z.literal('input'),
  id: elementId.optional(),
  attributes: z.strictObject({
    label: fieldLabel,
    description: text.optional(),
    placeholder: text.optional(),
    value: text.optional(),
  }),
  validations: validations.optional(),
});

const dropdown = z.strictObject({
  type: z.literal('dropdown'),
  id: elementId.optional(),
  attributes: z
    .strictObject({
      label: text,
      description: text.optional(),
      multiple: z.boolean().optional(),
      // A `Yes` or `No` that YAML read as a boolean fails here: "options must not include booleans".
      options: z
        .array(text)
        .min(1, 'options cannot be empty')
        .refine(unique, 'options must be unique')
        // "None" is what GitHub shows for no choice when the dropdown is not required.
        .refine((options) => !options.some((option) => option.trim().toLowerCase() === 'none'), 'options must not include the reserved word "None"'),
      /** The index of the option chosen beforehand. */
      default: z.number().int().nonnegative().optional(),
    })
    .refine((attributes) => attributes.default === undefined || attributes.default < attributes.options.length, {
      message: 'default must be the index of one of the options',
      path: ['default'],
    }),
  validations: validations.optional(),
});

const checkboxes = z.strictObject({
  type: z.literal('checkboxes'),
  id: elementId.optional(),
  attributes: z.strictObject({
    label: text,
    description: text.optional(),
    options: z
      .array(z.strictObject({ label: text, required: z.boolean().optional() }))
      .min(1, 'options cannot be empty')
      .refine((options) => unique(options.map((option) => option.label)), 'options must be unique'),
  }),
});

const element = z.discriminatedUnion('type', [markdown, textarea, input, dropdown, checkboxes]);
type FormElement = z.infer<typeof element>;

/**
 * The reference GitHub files an answer under: the element's id or, without one, its label run through Rails'
 * `parameterize` (runs of anything but letters, digits, - and _ become one "-"), which is why "Name?" and
 * "Name???" clash.
 */
const parameterize = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** The checks that span elements: unique ids, unique labels (checkbox labels included), distinct references. */
function checkBody(body: FormElement[], context: z.RefinementCtx): void {
  const issue = (index: number, message: string) => context.addIssue({ code: 'custom', message, path: ['body', index] });
  if (!body.some((field) => field.type !== 'markdown')) {
    context.addIssue({ code: 'custom', message: 'body must contain at least one non-markdown field', path: ['body'] });
  }
  const fields = body.flatMap((field, index) => (field.type === 'markdown' ? [] : [{ field, index, label: field.attributes.label }]));
  const seenIds = new Set<string>();
  for (const { field, index } of fields) {
    if (field.id === undefined) continue;
    if (seenIds.has(field.id)) issue(index, `id "${field.id}" is used twice; ids must be unique`);
    seenIds.add(field.id);
  }
  // Fields may share a label only when ids tell them apart: of those sharing one, at most one may lack an id.
  const unnamed = fields.filter(({ field }) => field.id === undefined);
  unnamed.forEach(({ label, index }, position) => {
    if (unnamed.slice(0, position).some((earlier) => earlier.label === label)) issue(index, `label "${label}" is used twice; labels must be unique`);
  });
  // A field without an id is filed under its parameterized label, which must not match another field's reference.
  for (const { field, label, index } of unnamed) {
    const reference = parameterize(label);
    const referenceOf = (other: (typeof fields)[number]) => other.field.id ?? parameterize(other.label);
    const clash = fields.find((other) => other.index !== index && other.label !== label && referenceOf(other) === reference);
    if (clash) issue(index, `label "${label}" is too similar to "${clash.field.id ?? clash.label}" (both become "${reference}")`);
  }
  // "Each of its nested labels must be unique among its peers, as well as among other input types."
  for (const { field, index } of fields) {
    if (field.type !== 'checkboxes') continue;
    for (const option of field.attributes.options) {
      if (unnamed.some((other) => other.label === option.label)) issue(index, `checkbox label "${option.label}" is also a field's label`);
    }
  }
}

/** One issue form. Top-level keys other than these are refused ("`input` is not a permitted key"). */
export const issueFormSchema = z
  .strictObject({
    /** Must be more than 3 characters, or GitHub leaves the template out of the chooser. */
    name: text.refine((name) => name.trim().length > 3, 'name must be more than 3 characters'),
    description: text,
    body: z.array(element).min(1, 'body cannot be empty'),
    title: text.optional(),
    labels: listOrCommaString(text).optional(),
    assignees: listOrCommaString(text).optional(),
    projects: listOrCommaString(project).optional(),
    /** The issue type set on issues made from the form (the documentation's sample uses `type: bug`). */
    type: text.optional(),
  })
  .superRefine((form, context) => checkBody(form.body, context));

/** .github/ISSUE_TEMPLATE/config.yml: whether blank issues are offered, and links shown beside the forms. */
export const issueConfigSchema = z.strictObject({
  blank_issues_enabled: z.boolean().optional(),
  contact_links: z
    .array(
      z.strictObject({
        name: text,
        url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }),
        about: text,
      }),
    )
    .optional(),
});

/** The problems with a parsed file, each as "path: message"; none when the file is valid. */
export function problemsOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`);
}
