import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ISSUE_FORMS } from '../../src/lib/corrections';
import { issueConfigSchema, issueFormSchema, problemsOf } from '../support/github-issue-forms';

const repo = path.resolve(import.meta.dirname, '../..');
const workflows = path.join(repo, '.github/workflows');
const templates = path.join(repo, '.github/ISSUE_TEMPLATE');

const read = (file: string) => readFileSync(file, 'utf8');
const yamlIn = (folder: string) => readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();

/**
 * An issue-template file, parsed as GitHub reads it: with YAML 1.1 rules, so an unquoted `Yes` or `No` is a
 * boolean there too (GitHub's "options must not include booleans" error). A file that is not even YAML fails here.
 */
function templateYaml(source: string): unknown {
  const document = parseDocument(source, { version: '1.1' });
  expect(document.errors.map(String)).toEqual([]);
  return document.toJS();
}
const template = (name: string) => templateYaml(read(path.join(templates, name)));

type WorkflowError = ReturnType<typeof validateWorkflow>['errors'][number];

/**
 * The messages for a workflow that breaks SchemaStore's workflow schema (embedded in @action-validator/core),
 * including those nested under a "oneOf" that no branch met.
 */
function workflowProblems(source: string): string[] {
  const describe = (error: WorkflowError): string[] => [
    `${'path' in error ? error.path : ''} ${error.title}${error.detail ? `: ${error.detail}` : ''}`,
    ...('states' in error ? (error.states ?? []).flatMap((state) => state.errors.flatMap(describe)) : []),
  ];
  return validateWorkflow(source).errors.flatMap(describe);
}

interface FormElement {
  type: string;
  id?: string;
  attributes: Record<string, unknown>;
}

describe('GitHub workflows', () => {
  it('include the content check for pull requests', () => {
    expect(yamlIn(workflows)).toContain('content-check.yml');
  });

  it.each(yamlIn(workflows))('%s is valid against the GitHub Actions workflow schema', (name) => {
    expect(workflowProblems(read(path.join(workflows, name)))).toEqual([]);
  });

  it('a workflow with a misspelt key fails the schema, so the check above can catch one', () => {
    const source = read(path.join(workflows, 'content-check.yml'));
    expect(source).toContain('runs-on:');
    expect(workflowProblems(source.replace('runs-on:', 'runs_on:')).join('\n')).toContain("'runs_on'");
  });
});

describe('GitHub issue forms', () => {
  const forms = yamlIn(templates).filter((name) => name !== 'config.yml');
  /** A form taken apart and changed by a test, from the "Correct a port" form. */
  const portForm = () => template(ISSUE_FORMS.correctPort) as { body: FormElement[] } & Record<string, unknown>;
  const field = (form: { body: FormElement[] }, id: string) => form.body.find((element) => element.id === id)!;
  /** Gives the "port" and "page" fields these labels and takes their ids away. */
  const unname = (form: { body: FormElement[] }, portLabel: string, pageLabel: string) => {
    const [port, page] = [field(form, 'port'), field(form, 'page')];
    [port.attributes.label, page.attributes.label] = [portLabel, pageLabel];
    delete port.id;
    delete page.id;
  };

  it.each(forms)('%s is valid against the issue-form schema', (name) => {
    expect(problemsOf(issueFormSchema, template(name))).toEqual([]);
  });

  it('a form field without a label fails the schema, so the check above can catch one', () => {
    const broken = portForm();
    delete field(broken, 'port').attributes.label;
    expect(problemsOf(issueFormSchema, broken)).toEqual([expect.stringMatching(/^body\.\d+\.attributes\.label: /)]);
  });

  const breakages: [string, (form: ReturnType<typeof portForm>) => void, RegExp][] = [
    ['a form without a name', (form) => delete form.name, /^name: /],
    ['a form whose name is blank', (form) => (form.name = '   '), /^name: must be a non-empty string/],
    ['a form with an unknown top-level key', (form) => (form.input = 'port'), /unrecognized key.*"input"/i],
    [
      'a form whose body has only markdown',
      (form) => (form.body = form.body.filter((element) => element.type === 'markdown')),
      /at least one non-markdown field/,
    ],
    ['an element of a type GitHub does not know', (form) => (field(form, 'port').type = 'number'), /^body\.\d+\.type: /],
    ['an id with a space in it', (form) => (field(form, 'port').id = 'port number'), /can only contain numbers, letters/],
    ['two fields with the same id', (form) => (field(form, 'page').id = 'port'), /id "port" is used twice/],
    ['two fields with the same label and no ids', (form) => unname(form, 'Port', 'Port'), /label "Port" is used twice/],
    ['two labels that become the same reference', (form) => unname(form, 'Port', 'Port?'), /label "Port\?" is too similar to "Port"/],
    ['an unknown attribute', (form) => (field(form, 'port').attributes.minimum = 0), /unrecognized key.*"minimum"/i],
    ['an input asking for a password', (form) => (field(form, 'port').attributes.label = 'Your password'), /forbidden word/],
  ];
  it.each(breakages)('%s fails the schema', (_, breakForm, message) => {
    const broken = portForm();
    breakForm(broken);
    expect(problemsOf(issueFormSchema, broken).join('\n')).toMatch(message);
  });

  it('a dropdown option YAML reads as a boolean (an unquoted Yes) fails the schema, as it does on GitHub', () => {
    const source = read(path.join(templates, ISSUE_FORMS.registry)).replace('- I am not sure', '- Yes');
    expect(problemsOf(issueFormSchema, templateYaml(source)).join('\n')).toMatch(/options\.\d+: .*string/i);
  });

  it('config.yml is valid against the template-chooser schema', () => {
    expect(problemsOf(issueConfigSchema, template('config.yml'))).toEqual([]);
  });

  it('a contact link without an address fails the template-chooser schema', () => {
    const broken = template('config.yml') as { contact_links: Record<string, unknown>[] };
    delete broken.contact_links[0].url;
    expect(problemsOf(issueConfigSchema, broken)).toEqual([expect.stringMatching(/^contact_links\.0\.url: /)]);
  });

  it('include every form the site links to, and each asks for a source', () => {
    for (const form of Object.values(ISSUE_FORMS)) {
      expect(forms).toContain(form);
      const { body } = template(form) as { body: FormElement[] };
      expect(body.some((element) => element.id === 'source'), form).toBe(true);
    }
  });

  it('declare, as text fields, every field the footer link fills in (GitHub drops a prefill whose id the form lacks)', () => {
    const linked = [ISSUE_FORMS.correctPort, ISSUE_FORMS.correctPage, ISSUE_FORMS.registry];
    for (const form of linked) {
      const { body } = template(form) as { body: FormElement[] };
      for (const id of ['page', 'snapshot', 'section']) {
        const element = body.find((candidate) => candidate.id === id);
        expect(element?.type, `${form}: field "${id}"`).toMatch(/^(input|textarea)$/);
      }
    }
  });
});
