// The most common passwords of 10 characters or more (shorter ones fail the length rule anyway), from public
// breach-frequency lists, plus French and Québec variants. Compared case-insensitively.
const COMMON = `1234567890 0123456789 0987654321 1111111111 0000000000 1234512345 1122334455 1231231231 123456789a a123456789
123456789q qwertyuiop qwerty1234 qwerty12345 qwerty123456 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx3edc zaq12wsxcde qazwsxedcrfv
password12 password123 password1234 password! passw0rd123 passwordpassword iloveyou12 iloveyou123 princess123 sunshine123
football123 baseball123 basketball hockey1234 welcome123 letmein123 trustno1234 abcdefghij abcdefgh12 abc1234567
administrator admin12345 admin123456 changeme123 superman123 batman1234 starwars123 pokemon123 michael123 jennifer123
motdepasse motdepasse1 motdepasse123 motdepasse! azertyuiop azerty1234 azerty12345 azerty123456 bienvenue1 bienvenue123
soleil1234 soleil12345 marseille13 jetaime123 doudou1234 chouchou123 loulou1234 nicolas123 montreal123 montreal514
quebec1234 quebec12345 canada1234 canada12345 canadiens1 canadiens123 habs123456 hockey12345 poutine123 sirop12345
0102030405 1212121212 1010101010 9876543210 5555555555 7777777777 asdfghjkl1 asdfghjkl; zxcvbnm123 qwertyuiop123
123qweasdzxc 1qazxsw23edc q1w2e3r4t5 a1b2c3d4e5 aaaaaaaaaa azertyuiop123 dragon1234 monkey1234 shadow1234 master1234
computer12 internet123 whatever12 freedom123 samsung123 google1234 facebook123 linkedin123 passerelle123 regions123`;

const SET = new Set(COMMON.split(/\s+/).filter(Boolean).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string) {
  const p = password.toLowerCase();
  // A single character repeated is as weak as any listed password.
  return SET.has(p) || /^(.)\1+$/.test(p);
}
