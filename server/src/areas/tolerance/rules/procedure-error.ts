export class ProcedureError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly article: string | null = null,
  ) {
    super(message);
  }
}
