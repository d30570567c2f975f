// The domain does not know the application layer.
// as: src/domain/ratings/probe.ts
// reports: boundaries/dependencies
// naming: to elements of type "app"
import '../../app/deps.js';
