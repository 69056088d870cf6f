import { z } from 'zod';

/**
 * Side-effect module: import it FIRST in every extension entrypoint.
 *
 * The extension CSP forbids `new Function`. Zod 4 decides whether to compile
 * an object schema when the schema is *constructed* (it reads the global
 * config and probes `new Function` then), so calling `z.config` in an
 * entrypoint's body is too late: the `lib/schema` imports have already built
 * their schemas. A module imported before them runs first.
 */
z.config({ jitless: true });
