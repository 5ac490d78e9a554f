/** Every move of the console has a key; the same table drives the buttons' hints. */
export const SHORTCUTS = {
  callNext: 'n',
  recall: 'r',
  start: 's',
  complete: 'c',
  noShow: 'x',
  hold: 'h',
  transfer: 't',
  pause: 'p',
  confirmPriority: 'k',
  clearPriority: 'j',
} as const;

export type Move = keyof typeof SHORTCUTS;

/** The move a key press asks for; none while typing in a field or with a modifier held. */
export function moveForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: EventTarget | null,
): Move | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const element = target as HTMLElement | null;
  if (element && ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)) return null;
  const key = event.key.toLowerCase();
  return (Object.keys(SHORTCUTS) as Move[]).find((move) => SHORTCUTS[move] === key) ?? null;
}
