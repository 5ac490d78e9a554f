import { Announcer } from './announcer';

describe('the board’s announcer', () => {
  const fakeWindow = () => {
    const spoken: string[] = [];
    class Utterance {
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    }
    const win = {
      SpeechSynthesisUtterance: Utterance,
      speechSynthesis: { speak: (u: Utterance) => spoken.push(`${u.lang}:${u.text}`) },
    };
    return { win: win as unknown as Window, spoken };
  };

  it('announces each call once, and a recall (a higher call count) again', () => {
    const { win, spoken } = fakeWindow();
    const announcer = new Announcer(() => 'id-ID', win);
    announcer.prime([{ ticketId: 'old', callCount: 1 }]);
    expect(announcer.announce({ ticketId: 'old', callCount: 1, text: 'lama' })).toBe(false);
    expect(announcer.announce({ ticketId: 't', callCount: 1, text: 'A-1' })).toBe(true);
    expect(announcer.announce({ ticketId: 't', callCount: 1, text: 'A-1' })).toBe(false);
    expect(announcer.announce({ ticketId: 't', callCount: 2, text: 'A-1 lagi' })).toBe(true);
    expect(spoken).toEqual(['id-ID:A-1', 'id-ID:A-1 lagi']);
  });

  it('forgets old calls so that a board running all day holds a bounded set', () => {
    const { win } = fakeWindow();
    const announcer = new Announcer(() => 'en-GB', win);
    for (let i = 0; i < 2000; i++) announcer.announce({ ticketId: `t${i}`, callCount: 1, text: `${i}` });
    expect((announcer as unknown as { heard: Set<string> }).heard.size).toBeLessThanOrEqual(500);
  });
});
