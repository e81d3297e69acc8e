/** The engine's typed errors for temporal functions: bad values are ArgumentErrors, wrong kinds TypeErrors. */
import { CypherError } from '../errors.js';

export function temporalArgumentError(message: string): CypherError {
  return new CypherError('ArgumentError', 'runtime', message, { detail: 'InvalidArgumentValue' });
}

export function temporalTypeError(message: string): CypherError {
  return new CypherError('TypeError', 'runtime', message, { detail: 'InvalidArgumentType' });
}
