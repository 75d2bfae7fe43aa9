// `pnpm demo:totp`: the demo people's current second-factor code, for signing in without a phone.
import { demoTotpCode } from "./demo-totp";

const now = new Date();
const left = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`${demoTotpCode(now)}  (valid for ${left} s more; agentti@, jarjestaja@, alusta@demo.reskontra.fi)`);
