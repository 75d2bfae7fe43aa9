// Input schemas of the support desk's reports procedures; the web's forms check with the same ones.
export {};
