/**
 * A fixed corpus of ASCII passwords for the pwquality differential: hand-picked edge cases around
 * each setting (lengths 5 to 16, runs of one character and one class, each class missing), and
 * seeded pseudo-random strings. Palindromes are left out: libpwquality always refuses them and
 * Stepwise has no such rule (the fidelity report's platform notes say so).
 */
export function asciiCorpus(): string[] {
  const hand = [
    'abcdE1', 'Abcde1x', 'Xq7#pLm2', 'Xq7#pLm2v', 'Xq7#pLm2vR', 'Xq7#pLm2vRt', 'quarry lantern velvet orbit',
    'aaaBBB111!!!', 'aaBBcc11!!dd', 'aaaaBc1!xyz', 'Tx9!vLq2', 'Tx9!vLq2zzz', 'TTTx9!vLq2', 'harborquay', 'HARBORQUAY1',
    'harbor quay 7', 'Quay7-harbor', 'abcdefgh12', 'ABCDEFGHIJ', '1234567890x', 'Aa1!Aa1!Aa1!', 'Passw0rd!x', 'zxcvbnmQ1!',
    'Zt6%Hw9@Qm3&', 'Vq8#Lm2!xR7pKw', 'correcthorse1', 'Correct Horse 1', 'ab1!AB2@cd', 'aaaaaaaaaaaaaa1A', 'Ab1!Ab1!',
    'short1A!', 'lowercaseonlyword', 'UPPER lower 123', 'mixEDcase99!!', '!!!!Abc1defg', 'Abcdefghij1', 'abcdefghijK!',
    'Q1w2E3r4T5y6', '11aaBB!!ccDD', 'xY9$xY9$xY9', 'NoDigitsHere!', 'nouppercase1!', 'NOLOWERCASE1!', 'NoSymbols123',
    // The space among symbols: one run of "others" for libpwquality's maxclassrepeat (src/check.c, simple()).
    'Ab1!! !!x9Q', 'Rq4#  %&tW7', 'Kp2 ?!. mZ8',
  ];
  let seed = 0x5eed;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const alphabets = ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789', '!@#$%^&*()-_=+ .,;:?/'];
  const generated: string[] = [];
  for (let n = 0; n < 400; n++) {
    const length = 5 + Math.floor(random() * 12);
    const classes = alphabets.filter(() => random() < 0.7);
    const pool = (classes.length > 0 ? classes : alphabets).join('');
    let pw = '';
    for (let k = 0; k < length; k++) {
      // Now and then repeat the last character or stay in its class, to reach maxrepeat and maxclassrepeat.
      if (pw.length > 0 && random() < 0.15) pw += pw[pw.length - 1];
      else pw += pool[Math.floor(random() * pool.length)];
    }
    generated.push(pw);
  }
  const isPalindrome = (p: string) => {
    const lower = p.toLowerCase();
    return lower === [...lower].reverse().join('');
  };
  return [...new Set([...hand, ...generated])].filter((p) => p.length > 0 && !isPalindrome(p));
}
