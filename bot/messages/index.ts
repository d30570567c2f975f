export { parseReply, stripMentions, type Reply } from './parse-reply.js';
export { handleMessage } from './handle-message.js';
