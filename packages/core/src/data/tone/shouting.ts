// Words that, written in capitals, read as raised voice. Only these (and runs of capitals that contain one)
// are flagged, so acronyms and product names (DNS, VPN, HTTP, SKYPE) never are.

/** Ordinary words people shout; an all-caps run must contain one to count as shouting. */
export const SHOUT_WORDS: ReadonlySet<string> = new Set([
  'A', 'ABOUT', 'AGAIN', 'ALL', 'ALREADY', 'ALWAYS', 'AM', 'AN', 'AND', 'ANY', 'ANYTHING', 'ARE', 'AS', 'AT', 'BE', 'BECAUSE', 'BEFORE', 'BUT',
  'CAN', 'CANNOT', "CAN'T", 'CLICK', 'COULD', 'DID', "DIDN'T", 'DO', 'DOES', "DOESN'T", "DON'T", 'EVER', 'EVERY', 'EVERYONE', 'EVERYTHING',
  'FIX', 'FOR', 'GET', 'HAD', 'HAS', 'HAVE', 'HOW', 'I', "I'M", "I'VE", 'IF', 'IMMEDIATELY', 'IN', 'IS', 'ISN\'T', 'IT\'S', 'JUST', 'KNOW',
  'LAST', 'LISTEN', 'ME', 'MUST', 'MY', 'NEED', 'NEVER', 'NO', 'NOT', 'NOTHING', 'NOW', 'OF', 'ON', 'ONCE', 'ONLY', 'OR', 'OUR', 'PLEASE',
  'READ', 'REALLY', 'RIGHT', 'SAID', 'SEND', 'SERIOUSLY', 'SHOULD', 'STILL', 'STOP', 'THAT', 'THE', 'THEN', 'THIS', 'TIME', 'TO', 'TODAY',
  'TOLD', 'TOUCH', 'TRY', 'UNDERSTAND', 'URGENT', 'URGENTLY', 'WAS', 'WE', 'WHAT', 'WHEN', 'WHY', 'WILL', 'WITH', "WON'T", 'WORK', 'WORKING',
  'WOULD', 'WRONG', 'YES', 'YOU', "YOU'RE", 'YOUR', 'YOURSELF', 'AGAIN?', 'HELLO', 'THANKS', 'SORRY', 'EVEN', 'OK', 'OKAY',
]);

/** Capitalised labels that are convention, not shouting, when they open a note ("IMPORTANT:", "NOTE:"). */
export const CALLOUT_LABELS: ReadonlySet<string> = new Set(['NOTE', 'IMPORTANT', 'WARNING', 'CAUTION', 'TIP', 'NB', 'PS', 'FYI', 'UPDATE', 'RESOLVED', 'FIXED', 'SOLVED', 'URGENT', 'ACTION REQUIRED', 'REMINDER', 'DANGER']);

/** Words that are ordinary in capitals in technical text (constants, switches, Boolean values, search syntax). */
export const TECHNICAL_CAPS: ReadonlySet<string> = new Set(['TRUE', 'FALSE', 'NULL', 'ON', 'OFF', 'AND', 'OR', 'NEAR', 'YES', 'NO', 'OK', 'I', 'A', 'AM', 'PM', 'IT', 'US', 'IS', 'IN', 'AS', 'AT', 'TO', 'OF', 'BE', 'DO', 'ME', 'MY', 'WE', 'IF', 'AN', 'ALL', 'ANY', 'GET', 'SET', 'ADD', 'FOR', 'CAN', 'HAS', 'NEW', 'USE']);

/** Acronyms with vowels that a shouted run may contain; they keep their capitals in the calmed rewrite. */
export const VOWEL_ACRONYMS: ReadonlySet<string> = new Set([
  'BIOS', 'UEFI', 'IMAP', 'POP', 'JSON', 'YAML', 'SAML', 'OAUTH', 'AJAX', 'ASCII', 'UTF', 'OKTA', 'SCCM', 'NAS', 'SAN', 'LAN', 'WAN',
  'VLAN', 'RAM', 'ROM', 'CPU', 'GPU', 'SSD', 'HDD', 'OTP', 'API', 'SQL', 'IIS', 'AD', 'AAD', 'ISP', 'ERP', 'CRM', 'SAP', 'IOS', 'MAC',
  'MDM', 'EDR', 'AV', 'OU', 'UPN', 'SID', 'GUID', 'UUID', 'ACL', 'NTFS', 'FAT', 'EXE', 'MSI', 'ZIP', 'ISO', 'IP', 'IPV', 'TLS', 'SSL',
]);
