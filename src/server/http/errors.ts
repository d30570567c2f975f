// One mapping from domain errors to HTTP: bad input 400 naming the field, 401 without an identity,
// 403 for the wrong person, 404, 409 for a stale version, 415 for a charset other than UTF-8, 422 for
// a workflow refusal or a figure that needs confirming. Anything else is a 500 with no detail leaked.
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import {
  ConfirmationRequiredError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import type { Logger } from '../../platform/logging/logger.js';
import { describeUnreadable } from './unreadable-request.js';

export class UnauthenticatedError extends Error {}

interface ErrorBody {
  error: string;
  message: string;
  problems?: { field: string; message: string }[];
  code?: string;
  question?: string;
  field?: string;
  currentVersion?: string | null;
}

export function describeError(err: unknown): { status: number; body: ErrorBody } | null {
  if (err instanceof ZodError) {
    const problems = err.issues.map((i) => ({
      field: i.path.join('.') || 'body',
      message: i.message,
    }));
    return {
      status: 400,
      body: {
        error: 'invalid-input',
        message: problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        problems,
      },
    };
  }
  if (err instanceof ValidationError) {
    return {
      status: 400,
      body: { error: 'invalid-input', message: err.message, problems: err.problems },
    };
  }
  if (err instanceof UnauthenticatedError)
    return { status: 401, body: { error: 'unauthenticated', message: err.message } };
  if (err instanceof ForbiddenError)
    return { status: 403, body: { error: 'forbidden', message: err.message } };
  if (err instanceof NotFoundError)
    return { status: 404, body: { error: 'not-found', message: err.message } };
  if (err instanceof ConflictError) {
    return {
      status: 409,
      body: {
        error: 'conflict',
        message: `${err.message} Reload to see the latest.`,
        currentVersion: err.currentVersion,
      },
    };
  }
  if (err instanceof WorkflowError) {
    return {
      status: 422,
      body: { error: 'workflow-refused', code: err.code, message: err.message },
    };
  }
  if (err instanceof ConfirmationRequiredError) {
    return {
      status: 422,
      body: {
        error: 'confirmation-required',
        message: err.question,
        question: err.question,
        field: err.field,
      },
    };
  }
  return null;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    // A request we could not read (bad %-escape, charset, not JSON, too large): say which.
    const unreadable = describeUnreadable(err, req);
    if (unreadable) {
      res.status(unreadable.status).json(unreadable.body);
      return;
    }
    const described = describeError(err);
    if (described) {
      res.status(described.status).json(described.body);
      return;
    }
    logger.error({ err, reqId: req.id }, 'unhandled error');
    res.status(500).json({
      error: 'internal',
      message: 'Something went wrong on our side; it has been logged.',
    });
  };
}
