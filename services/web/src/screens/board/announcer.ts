/**
 * The board's voice: a short chime (Web Audio) and the announcement spoken by the browser's speech
 * synthesis in the board's language. A call is announced once per (ticket, call count).
 */
export interface Call {
  ticketId: string;
  callCount: number;
  text: string;
}

export function callKey(call: Pick<Call, 'ticketId' | 'callCount'>): string {
  return `${call.ticketId}#${call.callCount}`;
}

export class Announcer {
  private readonly heard = new Set<string>();
  private primed = false;

  constructor(
    private readonly speechLanguage: () => string,
    private readonly win: Window = window,
  ) {}

  /** The calls already shown when the board opens are not announced again. */
  prime(calls: Pick<Call, 'ticketId' | 'callCount'>[]): void {
    if (this.primed) return;
    this.primed = true;
    calls.forEach((call) => this.heard.add(callKey(call)));
  }

  /** Announces the call when it is new; true when it did. */
  announce(call: Call): boolean {
    const key = callKey(call);
    if (this.heard.has(key)) return false;
    this.heard.add(key);
    if (this.heard.size > 500) this.heard.delete(this.heard.values().next().value as string);
    this.chime();
    const synth = this.win.speechSynthesis;
    const Utterance = (this.win as unknown as { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
      .SpeechSynthesisUtterance;
    if (synth && typeof Utterance === 'function') {
      const utterance = new Utterance(call.text);
      utterance.lang = this.speechLanguage();
      utterance.rate = 0.9;
      synth.speak(utterance);
    }
    return true;
  }

  private chime(): void {
    const AudioContextClass = (this.win as unknown as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!AudioContextClass) return;
    try {
      const context = new AudioContextClass();
      [880, 660].forEach((frequency, index) => {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.value = 0.15;
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(context.currentTime + index * 0.35);
        oscillator.stop(context.currentTime + index * 0.35 + 0.3);
      });
      setTimeout(() => void context.close(), 1200);
    } catch {
      // no audio device: the spoken announcement and the screen remain
    }
  }
}
