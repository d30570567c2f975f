// POST /api/messages: the one door from the Bot Framework into the bot. It refuses what botbuilder
// would fail on (a body that is not an activity, a missing or unusable token) with a short JSON
// 400/401 and one info line, hands everything else to botbuilder unchanged, and answers in
// botbuilder's words except where those would leak internal text.
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Logger } from '../src/platform/logging/logger.js';
import { activityProblem } from './activity-shape.js';
import { tokenRefusal } from './bearer-precheck.js';
import { answeringInbound, newInboundScope } from './inbound-scope.js';

export interface EndpointOptions {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** The bot's app id; empty in local mode, where botbuilder needs no token. */
  appId: string;
  /** Milliseconds since the epoch, for token expiry (tests fix it). */
  now?: () => number;
}

const PATH = '/api/messages';

const TOKEN_MESSAGES: Record<string, string> = {
  missing: 'A Bot Framework token is required (Authorization: Bearer …)',
  'not-bearer': 'The Authorization header must be a Bearer token',
  malformed: 'The Bearer token is not a JWT',
  unsigned: 'The Bearer token is not signed',
  algorithm: 'The Bearer token is not signed with an accepted algorithm',
  audience: 'The Bearer token is not meant for this bot',
  expired: 'The Bearer token has expired',
  refused: 'The Bearer token was not accepted',
};

/** Mounts the endpoint, and an error handler for this path that runs before the server's own. */
export function mountBotEndpoint(app: Express, options: EndpointOptions): void {
  app.post(PATH, botEndpoint(options));
  app.use(PATH, bodyErrors(options.logger));
}

export function botEndpoint({
  adapter,
  bot,
  logger,
  appId,
  now = Date.now,
}: EndpointOptions): RequestHandler {
  const refuse = (
    req: Request,
    res: Response,
    status: number,
    error: string,
    message: string,
    detail: object,
  ) => {
    logger.info({ reqId: req.id, status, error, ...detail }, 'bot activity refused');
    res.status(status).json({ error, message });
  };

  return async (req, res) => {
    const problem = activityProblem(req.body);
    if (problem) {
      const message = `${problem.field}: ${problem.message}`;
      refuse(req, res, 400, 'invalid-activity', message, { field: problem.field });
      return;
    }
    const header = req.headers.authorization;
    const refusal = tokenRefusal(header, appId, now());
    if (refusal) {
      refuse(req, res, 401, 'unauthenticated', TOKEN_MESSAGES[refusal]!, { reason: refusal });
      return;
    }

    const scope = newInboundScope(logger);
    const answer = recordedResponse();
    let thrown: unknown;
    try {
      await answeringInbound(scope, () =>
        adapter.process(req, answer.response, (turn) => bot.run(turn)),
      );
    } catch (error) {
      thrown = error;
    }
    const { status, body } = answer.recorded;
    if (scope.authFailed) {
      refuse(req, res, 401, 'unauthenticated', TOKEN_MESSAGES.refused!, { reason: 'refused' });
      return;
    }
    if (thrown !== undefined || status >= 500) {
      const activity = req.body as { type: string; name?: string };
      if (thrown === undefined && status === 501 && activity.type === 'invoke') {
        // botbuilder's answer to an invoke nobody handles (ActivityHandler: NotImplemented).
        const message = `This bot does not handle the "${activity.name}" invoke`;
        refuse(req, res, 400, 'unsupported-invoke', message, { invoke: activity.name });
        return;
      }
      logger.error(
        { reqId: req.id, status, activityType: activity.type, err: thrown ?? scope.errors[0] },
        'bot activity failed',
      );
      res.status(500).json({
        error: 'internal',
        message: 'Something went wrong on our side; it has been logged.',
      });
      return;
    }
    res.status(status);
    if (body !== undefined) res.send(body);
    res.end();
  };
}

/** express.json's refusals on this path (not JSON, too large, a charset it cannot read). */
function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    const status = typeof err?.status === 'number' ? (err.status as number) : 0;
    if (status < 400 || status >= 500) {
      next(err);
      return;
    }
    const type = typeof err?.type === 'string' ? (err.type as string) : 'unknown';
    const message =
      status === 413
        ? 'The request body is too large for an activity'
        : status === 415
          ? 'The request body must be UTF-8 JSON'
          : 'The request body is not valid JSON';
    logger.info({ reqId: req.id, status, error: 'invalid-input', type }, 'bot activity refused');
    res.status(status).json({ error: 'invalid-input', message });
  };
}

/**
 * What botbuilder would have written, kept until we know it is fit to send: its shape is
 * botbuilder's ResponseT (status, header, send, end).
 */
function recordedResponse() {
  const recorded: { status: number; body: unknown } = { status: 200, body: undefined };
  const response = {
    socket: undefined as unknown,
    status(code: number) {
      recorded.status = code;
      return response;
    },
    header() {
      return response;
    },
    send(body: unknown) {
      recorded.body = body;
      return response;
    },
    end() {
      return response;
    },
  };
  return { recorded, response };
}
