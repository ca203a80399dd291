// The demo draft: a reply with the kinds of slips Rapport helps with (impatience, unexplained terms).
export const SAMPLE_DRAFT = [
  'Hi Jordan,',
  '',
  'As I already explained, your laptop cannot reach the VPN because the DNS settings are wrong. You need to set up MFA before you can sign in again.',
  '',
  'Run the script from the portal and reboot.',
  '',
  'Alex',
  'IT Service Desk',
].join('\n');
