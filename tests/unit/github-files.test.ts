import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ISSUE_FORMS } from '../../src/lib/corrections';

const repo = path.resolve(import.meta.dirname, '../..');
const schemas = path.join(repo, 'tests/fixtures/schemastore');
const workflows = path.join(repo, '.github/workflows');
const templates = path.join(repo, '.github/ISSUE_TEMPLATE');

function validator(schema: string): ValidateFunction {
  // SchemaStore's schemas use keywords ajv's strict mode does not know (e.g. "markdownDescription").
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(schemas, schema), 'utf8')));
}

/** A YAML file, parsed as GitHub reads it (YAML 1.2 core schema: `on` stays a string key). */
const yamlFile = (file: string) => parse(readFileSync(file, 'utf8'));
const yamlIn = (folder: string) => readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort();
const errorsOf = (validate: ValidateFunction) => (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);

interface FormElement {
  type: string;
  id?: string;
}

describe('GitHub workflows', () => {
  const validate = validator('github-workflow.json');

  it('include the content check for pull requests', () => {
    expect(yamlIn(workflows)).toContain('content-check.yml');
  });

  it.each(yamlIn(workflows))('%s is valid against the GitHub Actions workflow schema', (name) => {
    const valid = validate(yamlFile(path.join(workflows, name)));
    expect(errorsOf(validate)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a workflow with a misspelt key fails the schema, so the check above can catch one', () => {
    const broken = yamlFile(path.join(workflows, 'content-check.yml'));
    broken.jobs.content['runs_on'] = broken.jobs.content['runs-on'];
    delete broken.jobs.content['runs-on'];
    expect(validate(broken)).toBe(false);
  });
});

describe('GitHub issue forms', () => {
  const validateForm = validator('github-issue-forms.json');
  const forms = yamlIn(templates).filter((name) => name !== 'config.yml');

  it.each(forms)('%s is valid against the issue-form schema', (name) => {
    const valid = validateForm(yamlFile(path.join(templates, name)));
    expect(errorsOf(validateForm)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a form field without a label fails the schema, so the check above can catch one', () => {
    const broken = yamlFile(path.join(templates, ISSUE_FORMS.correctPort));
    delete broken.body.find((element: FormElement) => element.id === 'port').attributes.label;
    expect(validateForm(broken)).toBe(false);
  });

  it('config.yml is valid against the template-chooser schema', () => {
    const validate = validator('github-issue-config.json');
    expect(validate(yamlFile(path.join(templates, 'config.yml')))).toBe(true);
  });

  it('include every form the site links to, and each asks for a source', () => {
    for (const form of Object.values(ISSUE_FORMS)) {
      expect(forms).toContain(form);
      const body: FormElement[] = yamlFile(path.join(templates, form)).body;
      expect(body.some((element) => element.id === 'source'), form).toBe(true);
    }
  });

  it('declare, as text fields, every field the footer link fills in (GitHub drops a prefill whose id the form lacks)', () => {
    const linked = [ISSUE_FORMS.correctPort, ISSUE_FORMS.correctPage, ISSUE_FORMS.registry];
    for (const form of linked) {
      const body: FormElement[] = yamlFile(path.join(templates, form)).body;
      for (const id of ['page', 'snapshot', 'section']) {
        const element = body.find((candidate) => candidate.id === id);
        expect(element?.type, `${form}: field "${id}"`).toMatch(/^(input|textarea)$/);
      }
    }
  });
});
