// Types for the parts of @secvisogram/csaf-validator-lib we use (the package ships JavaScript with JSDoc only).
declare module '@secvisogram/csaf-validator-lib/validate.js' {
  interface TestResult {
    name: string;
    isValid: boolean;
    errors: { instancePath: string; message?: string }[];
    warnings: unknown[];
    infos: unknown[];
  }
  type DocumentTest = (doc: unknown) => unknown;
  export default function validate(tests: DocumentTest[], doc: unknown): Promise<{ isValid: boolean; tests: TestResult[] }>;
}
declare module '@secvisogram/csaf-validator-lib/schemaTests.js';
declare module '@secvisogram/csaf-validator-lib/mandatoryTests.js';
