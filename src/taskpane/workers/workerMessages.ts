/** What the pane and its workers send each other, and how an error thrown in a worker is carried back. */
import { ReturnFileError } from '../../xlsx';
import { PortError } from '../ports/workbookPort';

export interface WorkerRequest {
  id: number;
  method: string;
  args: unknown[];
}

export interface CarriedError {
  message: string;
  /** Set for a PortError: its message code and parameters. */
  port?: { code: ConstructorParameters<typeof PortError>[0]; params: ConstructorParameters<typeof PortError>[1] };
  /** Set for a ReturnFileError: the file problem. */
  file?: ReturnFileError['problem'];
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: CarriedError };

export function carriedError(error: unknown): CarriedError {
  if (error instanceof PortError) return { message: error.message, port: { code: error.code, params: error.params } };
  if (error instanceof ReturnFileError) return { message: error.message, file: error.problem };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function errorFromWorker(carried: CarriedError): Error {
  if (carried.port !== undefined) return new PortError(carried.port.code, carried.port.params);
  if (carried.file !== undefined) return new ReturnFileError(carried.file);
  return new Error(carried.message);
}
