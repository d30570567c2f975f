// A local file outside every layer is not allowed either.
// as: src/domain/ratings/probe.ts
// reports: boundaries/dependencies
// naming: origin "local"
import '../../not-a-layer.js';
