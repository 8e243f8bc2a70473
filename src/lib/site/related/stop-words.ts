/**
 * Words that say nothing about what a paper is about: English function words, plus
 * the boilerplate of abstracts ("in this paper we propose a novel method…"), which
 * would otherwise make every abstract look related to every other in a small collection
 * where inverse document frequency has too few papers to learn from.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along already also although always am among an and another any
  anyone anything are around as at be because been before being below between both but by can cannot could did do
  does doing done down during each either else enough etc even ever every few for from further had has have having he
  her here hers herself him himself his how however i if in into is it its itself just least less like made make makes
  many may me might more most much must my myself neither no nor not now of off often on once one only onto or other
  others otherwise our ours ourselves out over own per perhaps rather same several shall she should since so some such
  than that the their theirs them themselves then there thereby therefore these they this those though through
  throughout thus to together too toward towards under until up upon us very via was we well were what whatever when
  where whereas whether which while who whom whose why will with within without would yet you your yours yourself
  yourselves
  abstract achieve achieves achieved approach approaches based demonstrate demonstrates experiment experiments
  extensive furthermore introduce introduces key method methods moreover new novel paper propose proposed proposes
  result results show shows shown significant significantly study use used uses using various work works`
    .split(/\s+/)
    .filter(Boolean),
);
