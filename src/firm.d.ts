// The firm profile (src/config/firm.yaml, or PLAYBOOK_FIRM), checked at build time by
// src/lib/firm/vite-plugin.ts and served to server and client code alike.
declare module 'virtual:cp-firm' {
  const firm: import('./schemas/firm').Firm;
  export default firm;
}
