export { captureConversation, conversationFor, teamsUserIds } from './conversation-book.js';
