// JSON Schema validators for the open data (draft 2020-12 with formats), shared by unit and build-output tests.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface DataValidators {
  plan: ValidateFunction;
  itemFile: ValidateFunction;
  /** Validates against the definition named in a file's "$schema" (the plan or #/$defs/itemFile). */
  bySchemaRef: (ref: string) => ValidateFunction | undefined;
}

export function dataValidators(schema: { $id: string }): DataValidators {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addSchema(schema);
  const get = (ref: string) => ajv.getSchema(ref);
  return {
    plan: get(schema.$id)!,
    itemFile: get(`${schema.$id}#/$defs/itemFile`)!,
    bySchemaRef: get,
  };
}

/** Ajv's errors as one readable line each, for assertion messages. */
export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
