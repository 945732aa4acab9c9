/**
 * korean-v3: readings of a query that are guesses (a Russian final n read as ng with no other sign of the Russian
 * system; a distinctive word one typing error from a listed organisation's), so what they find is held at the
 * possible band by `screenWhole`: a lead for a person, never a match by itself. Each marked prepared name carries
 * the sentence its explanation gives.
 */
const held = new WeakMap<object, string>();

/** Marks a prepared name as a guessed reading (`why`: how it was read), and returns it. */
export function markHeldReading<T extends object>(form: T, why: string): T {
  held.set(form, why);
  return form;
}

/** How a guessed reading was read, or undefined for any other prepared name. */
export function heldReading(form: object): string | undefined {
  return held.get(form);
}
