/**
 * Attribution patterns added in session 2, in uk, ru and en: definite descriptions ("the air force",
 * "розвідка", "губернатор") and short names referring back, genitive owners, datelines, locative
 * holders, institutions' neuter verbs, "called on", more no-comment and accusation cues.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../../src/core/claims/analyze';
import type { Lang } from '../../../../src/core/types';
import { article } from './helpers';

/** Analyses of every sentence of a short article, in order. */
function all(paragraphs: string[], lang: Lang, published = '2026-05-18') {
  return analyzeArticle(article(paragraphs, lang, published));
}
/** Analysis of the last sentence (earlier paragraphs give context). */
function last(paragraphs: string[], lang: Lang) {
  const a = all(paragraphs, lang);
  return a[a.length - 1]!;
}

describe('office nouns refer only to a holder of that office', () => {
  it('uk "Генсек заявив" after Rutte is Rutte', () => {
    expect(last(['Марк Рютте прибув до Вашингтона.', 'Генсек заявив, що альянс посилить ППО.'], 'uk').attr.speaker).toBe('rutte');
  });
  it('uk "Губернатор сказав" after Zelensky is nobody known, not Zelensky', () => {
    expect(last(['Зеленський заявив, що обстріли посилилися.', 'Губернатор сказав, що пожежу загасили.'], 'uk').attr.speaker).toBeUndefined();
  });
  it('ru "Министр также отметил" after Lavrov is Lavrov', () => {
    expect(last(['Сергей Лавров заявил, что Москва готова к диалогу.', 'Министр также отметил, что Запад затягивает конфликт.'], 'ru').attr.speaker).toBe('lavrov');
  });
  it('en "The governor denied" after Zelensky spoke is not Zelensky', () => {
    const a = last(['Zelensky said the strikes had intensified.', 'The governor denied that the refinery had stopped operations.'], 'en');
    expect(a.kind).toBe('denial');
    expect(a.attr.speaker).toBeUndefined();
  });
});

describe('institution head nouns refer to the institution named before', () => {
  it('en "The air force said" after "Ukraine\'s air force said"', () => {
    const a = last(["Russia launched 120 drones overnight, Ukraine's air force said.", 'The air force said 94 of the drones were shot down.'], 'en');
    expect(a.attr.speaker).toBe('air-force-ukraine');
    expect(a.kind).toBe('quantity');
  });
  it('en "The ministry said" is the ministry named before, not the last country', () => {
    const a = last(["A spokesperson for China's foreign ministry, Lin Jian, said Beijing opposed the sanctions.", 'The ministry said in a statement that the measures violated international law.'], 'en');
    expect(a.attr.speaker).toBe('mfa-china');
  });
  it('ru "По данным разведки" after ГУР is a source, ГУР', () => {
    expect(last(['В ГУР подтвердили присутствие специалистов из КНДР.', 'По данным разведки, речь идет о 300 человек.'], 'ru').attr.source).toBe('hur');
  });
  it('uk "У розвідці додали" after ГУР is ГУР', () => {
    expect(last(['Головне управління розвідки повідомило, що КНДР передала росії ракети.', 'У розвідці також додали, що партія налічувала 50 ракет.'], 'uk').attr.speaker).toBe('hur');
  });
});

describe('short names, genitive owners, locatives', () => {
  it('en "Wang insisted" after Wang Yi', () => {
    expect(last(['Chinese Foreign Minister Wang Yi met Lavrov in Beijing.', 'Wang insisted that trade with Russia was normal.'], 'en').attr.speaker).toBe('wang-yi');
  });
  it('uk "Ван наголосив" and ru "Ван подчеркнул" after Ван І / Ван И', () => {
    expect(last(['Глава МЗС Китаю Ван І заявив, що Пекін не постачає зброю.', 'Ван наголосив, що Китай виступає за мир.'], 'uk').attr.speaker).toBe('wang-yi');
    expect(last(['Ван И провел переговоры в Москве.', 'Ван подчеркнул, что Китай выступает за мир.'], 'ru').attr.speaker).toBe('wang-yi');
  });
  it('ru "В ГУР Минобороны Украины подтвердили": the ministry is the owner, ГУР speaks', () => {
    expect(last(['В ГУР Минобороны Украины подтвердили присутствие специалистов из КНДР.'], 'ru').attr.speaker).toBe('hur');
  });
  it('uk "Про це повідомили в Повітряних силах" gives the body to the sentence before', () => {
    const [claim, carry] = all(['Росія вночі атакувала Одесу ракетами. Про це повідомили в Повітряних силах.'], 'uk');
    expect(claim!.attr.speaker).toBe('air-force-ukraine');
    expect(carry!.attr.carry).toBe(true);
  });
  it('ru "Об этом сообщили в Генштабе ВСУ" does the same', () => {
    const [claim] = all(['Противник провел 150 атак. Об этом сообщили в Генштабе ВСУ.'], 'ru');
    expect(claim!.attr.speaker).toBe('general-staff-ukraine');
  });
  it('uk "Як повідомили в Генштабі" is the body speaking, "за даними Генштабу" a source', () => {
    expect(last(['Як повідомили в Генштабі ЗСУ, противник втратив 1200 військових.'], 'uk').attr.speaker).toBe('general-staff-ukraine');
    expect(last(['За даними Генштабу ЗСУ, противник втратив 1200 військових.'], 'uk').attr.source).toBe('general-staff-ukraine');
  });
});

describe('spokespeople and the ones they speak for', () => {
  it('ru "Пресс-секретарь президента России заявил" after Peskov spoke is Peskov, not Putin', () => {
    const a = last(['Дмитрий Песков заявил, что Кремль не получал предложений.', 'Пресс-секретарь президента России заявил, что Москва открыта к диалогу.'], 'ru');
    expect(a.attr.speaker).toBe('peskov');
  });
  it('uk "Прессекретар президента росії Дмитро Пєсков заявив" is Peskov', () => {
    expect(last(['Прессекретар президента росії Дмитро Пєсков заявив, що Москва відкрита до діалогу.'], 'uk').attr.speaker).toBe('peskov');
  });
  it('en "Kremlin spokesman Dmitry Peskov told reporters" is Peskov', () => {
    expect(last(['Kremlin spokesman Dmitry Peskov told reporters that Moscow was open to talks.'], 'en').attr.speaker).toBe('peskov');
    expect(last(['Spokesperson Guo Jiakun said China "has never supplied lethal weapons" to either side.'], 'en').attr.speaker).toBe('guo-jiakun');
  });
});

describe('a subject after a comma-preceded cue', () => {
  it('en "…, said Andrii Sybiha, Ukraine\'s foreign minister" is Sybiha, not Kyiv', () => {
    expect(last(["Kyiv will not accept any deal that cedes territory, said Andrii Sybiha, Ukraine's foreign minister."], 'en').attr.speaker).toBe('sybiha');
  });
  it('uk "…, заявив у середу в Брюсселі генсек НАТО Марк Рютте" is Rutte, not Russia', () => {
    expect(last(["Росія не дотримується перемир'я, заявив у середу в Брюсселі генсек НАТО Марк Рютте."], 'uk').attr.speaker).toBe('rutte');
  });
  it('ru "…, заявил в понедельник Песков журналистам" is Peskov; "заявил, что Китай …" keeps the subject before', () => {
    expect(last(['Переговоры зашли в тупик, заявил в понедельник Песков журналистам.'], 'ru').attr.speaker).toBe('peskov');
    expect(last(['Лавров, однако, заявил, что Китай не поставляет оружие.'], 'ru').attr.speaker).toBe('lavrov');
  });
});

describe('"Про це" with its holder before the cue', () => {
  it('uk "Про це він сказав в інтерв\'ю CNN" gives Zelensky and CNN to the sentence before', () => {
    const a = all(['Володимир Зеленський провів зустріч з Рютте.', "Україна отримає ще дві системи Patriot. Про це він сказав в інтерв'ю CNN."], 'uk');
    expect([a[1]!.attr.speaker, a[1]!.attr.source]).toEqual(['zelensky', 'cnn']);
  });
  it('ru "Об этом Песков заявил журналистам" gives Peskov to the sentence before', () => {
    const a = all(['Москва не получала предложений. Об этом Песков заявил журналистам.'], 'ru');
    expect(a[0]!.attr.speaker).toBe('peskov');
  });
  it('en "…, he told CNN" has the same two holders', () => {
    const a = all(['Volodymyr Zelensky met Rutte in Kyiv.', 'Ukraine will get two more Patriot systems this year, he told CNN.'], 'en');
    expect([a[1]!.attr.speaker, a[1]!.attr.source]).toEqual(['zelensky', 'cnn']);
  });
});

describe('outlets citing their own sources, institutions named in lower case', () => {
  it('en "The Wall Street Journal, citing U.S. officials, reported" is sourced to the WSJ', () => {
    const a = last(['The Wall Street Journal, citing U.S. officials, reported that China had supplied satellite imagery.'], 'en');
    expect([a.attr.source, a.attr.anonymous]).toEqual(['wsj', false]);
  });
  it('en "The Russian defence ministry said", "Ukraine\'s military said"', () => {
    expect(last(['The Russian defence ministry said its air defences had downed 40 drones.'], 'en').attr.speaker).toBe('mod-russia');
    expect(last(["Ukraine's military said on Telegram that Russian forces had attacked 12 settlements."], 'en').attr.speaker).toBe('afu');
  });
  it('uk "Видання Politico з посиланням на дипломатів повідомило" and ru "со ссылкой на" keep the outlet', () => {
    expect(last(['Видання Politico з посиланням на дипломатів ЄС повідомило, що Угорщина блокує пакет.'], 'uk').attr.source).toBe('politico');
    expect(last(['Издание Politico со ссылкой на дипломатов ЕС сообщило, что Венгрия блокирует пакет.'], 'ru').attr.source).toBe('politico');
    expect(last(['Со ссылкой на американских чиновников The Wall Street Journal сообщает, что Китай передает данные.'], 'ru').attr.source).toBe('wsj');
  });
});

describe('datelines name no speaker or source', () => {
  it('en "KYIV, March 12 (Reuters) - …, local officials said" is not sourced to Reuters', () => {
    const a = last(["KYIV, March 12 (Reuters) - Ukrainian drones struck an oil depot in Russia's Bryansk region, local officials said."], 'en');
    expect(a.attr.source).toBeUndefined();
    expect(a.entities).not.toContain('reuters');
  });
  it('uk "КИЇВ, 12 березня (Reuters) – Повітряні сили повідомили"', () => {
    const a = last(['КИЇВ, 12 березня (Reuters) – Повітряні сили повідомили, що збили 40 дронів.'], 'uk');
    expect(a.attr.speaker).toBe('air-force-ukraine');
    expect(a.attr.source).toBeUndefined();
  });
  it('ru "МОСКВА, 12 марта. /ТАСС/. В Кремле заявили"', () => {
    const a = last(['МОСКВА, 12 марта. /ТАСС/. В Кремле заявили, что не видят оснований для переговоров.'], 'ru');
    expect(a.attr.speaker).toBe('kremlin');
    expect(a.attr.source).toBeUndefined();
  });
  it('a capitalised name with a parenthesis is no dateline ("ISW (…) – аналітики")', () => {
    const a = last(['ISW (Інститут вивчення війни) – аналітики вважають, що наступ сповільнився.'], 'uk');
    expect(a.entities).toContain('isw');
  });
});

describe('more cues', () => {
  it('en "called on", uk "закликало", ru "призвало" are statements', () => {
    const en = last(['Zelensky called on allies to speed up deliveries of air defence systems.'], 'en');
    expect([en.kind, en.attr.speaker]).toEqual(['statement', 'zelensky']);
    expect(last(['Міністерство закордонних справ України закликало партнерів посилити санкції.'], 'uk').attr.speaker).toBe('mfa-ukraine');
    expect(last(['Министерство иностранных дел России призвало Запад к сдержанности.'], 'ru').attr.speaker).toBe('mfa-russia');
  });
  it('institutions speak in the neuter: uk "Відомство додало", ru "Ведомство подчеркнуло"', () => {
    expect(last(['Речник Пентагону заявив, що допомога надійде вчасно.', 'Відомство також додало, що рішення ухвалено спільно з союзниками.'], 'uk').attr.speaker).toBe('pentagon');
    expect(last(['Минобороны России заявило об ударе по аэродрому.', 'Ведомство также подчеркнуло, что цели были достигнуты.'], 'ru').kind).toBe('statement');
  });
  it('no-comment: uk "не коментують", ru "не ответили на запрос", en "did not reply", "had no immediate comment"', () => {
    const uk = last(['У Білому домі ситуацію не коментують.'], 'uk');
    expect([uk.kind, uk.attr.speaker]).toEqual(['no-comment', 'white-house']);
    const ru = last(['В МИД Китая не ответили на запрос.'], 'ru');
    expect([ru.kind, ru.attr.speaker]).toEqual(['no-comment', 'mfa-china']);
    expect(last(["China's foreign ministry did not reply to a request for comment."], 'en').kind).toBe('no-comment');
    expect(last(['The White House had no immediate comment.'], 'en').kind).toBe('no-comment');
  });
  it('accusing is saying: uk "звинуватив", ru "обвинила", en "accused"', () => {
    expect(last(['Зеленський звинуватив Москву у зриві переговорів.'], 'uk').attr.speaker).toBe('zelensky');
    expect(last(['Захарова обвинила Запад в эскалации.'], 'ru').attr.speaker).toBe('zakharova');
    expect(last(['Lavrov accused the West of escalating the conflict.'], 'en').kind).toBe('statement');
  });
  it('a publication named before the cue is the target: uk "Публікацію Reuters у Пекіні назвали вигадкою", ru "… выдумкой"', () => {
    const uk = last(['Публікацію Reuters у Пекіні назвали вигадкою.'], 'uk');
    expect([uk.kind, uk.attr.speaker, uk.attr.target, uk.attr.source]).toEqual(['denial', 'china', 'reuters', undefined]);
    const ru = last(['Публикацию Reuters в Пекине назвали выдумкой.'], 'ru');
    expect([ru.kind, ru.attr.target]).toEqual(['denial', 'reuters']);
  });
  it('naming a report a canard or a hoax denies it: uk «качкою», en "a hoax"', () => {
    expect(last(['Пєсков назвав статтю Financial Times «качкою».'], 'uk').attr.target).toBe('ft');
    expect(last(['Peskov called the Bloomberg story a hoax.'], 'en').kind).toBe('denial');
  });
  it('a denial after a ministry\'s figures has no target; after an outlet\'s report it targets the outlet', () => {
    expect(last(['Як повідомили в Генштабі ЗСУ, противник втратив 1200 військових.', 'Китай заперечує, що постачає зброю росії.'], 'uk').attr.target).toBeUndefined();
    expect(last(['Reuters повідомило, що Китай постачає росії дрони.', 'Китай заперечує, що постачає зброю росії.'], 'uk').attr.target).toBe('reuters');
  });
});

describe('counts given only by their scale are quantities', () => {
  it('ru "несколько сотен", uk "тисячі", en "hundreds of" on someone\'s data', () => {
    expect(last(['По данным разведки, речь идет о нескольких сотнях человек.'], 'ru').kind).toBe('quantity');
    expect(last(['За даними Генштабу, росія втратила тисячі військових.'], 'uk').kind).toBe('quantity');
    expect(last(['Hundreds of North Korean troops have been killed, the Pentagon said.'], 'en').kind).toBe('quantity');
  });
  it('a spelled-out small number is still no quantity ("три джерела")', () => {
    expect(last(['Про це повідомили три джерела Reuters.'], 'uk').kind).not.toBe('quantity');
  });
});
