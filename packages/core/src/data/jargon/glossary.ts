// IT terms support staff use with the people they help, each with a plain gloss written by us.
// level: 1 = many readers know it, 2 = technical, 3 = specialist (flagged even for technical readers).
// Forms (term, variants, expansion) are unique across entries, case-insensitively; glossary.test.ts checks it.
// Forms with capitals ("DNS", "MX record", "Exchange") only match with those capitals, so "raid" or "in exchange"
// never do. Plurals ("VMs", "tokens") match without being listed.

export interface GlossaryEntry {
  /** The term as usually written, e.g. "DNS". */
  term: string;
  /** Other spellings or forms that mean the same ("name server"). */
  variants?: readonly string[];
  /** The spelled-out form of an acronym, when there is one. Using it counts as explaining the term. */
  expansion?: string;
  /** What it is, in words a non-technical reader understands; fits after the term in parentheses. */
  gloss: string;
  /** Plain words that can replace the term in a sentence (no leading article), when there are any. */
  plain?: string;
  level: 1 | 2 | 3;
  /** Regex source tested on the text just before the term: when it matches, the word means something else. */
  notAfter?: string;
}

// One entry per line, to keep the shipped bundle small (core has a size budget):
// level | term | expansion | gloss | plain | variants (comma-separated). Empty fields stay empty.
// Lines starting with "#" are section headings.
const ROWS = String.raw`
# Networking
2|DNS|Domain Name System|the internet's phonebook||name server
2|DNS cache||the web addresses your computer remembers||flush DNS
2|DNS record||an entry in the internet's phonebook||DNS entry
3|TTL|time to live|how long a saved answer is kept
3|DHCP|Dynamic Host Configuration Protocol|the service that gives devices their network address
3|DHCP lease||how long a device keeps its network address
1|VPN|virtual private network|a secure link to the work network from outside|secure remote connection
3|split tunneling||only work traffic going through the secure link||split tunnel
2|proxy||a go-between server for web traffic||proxies
3|reverse proxy||a server that takes in web traffic for others
3|PAC file||a file that tells the browser how to reach the web
2|latency||the delay before data arrives|delay
2|packet loss||data going missing on the way|dropped data
2|jitter||uneven delays that make calls choppy
1|bandwidth||how much data the connection can carry|connection speed
2|throughput||how much data actually gets through|speed
2|SSID|service set identifier|the Wi-Fi network's name|Wi-Fi name
2|NIC|network interface card|the part that connects the computer to the network|network adapter|network interface
2|MAC address||the fixed ID of a network part||hardware address
1|IP address||the number that identifies a device on a network|network address|IP
2|IPv6||the newer, longer kind of network address||IPv4
2|static IP||a network address that never changes||fixed IP
2|IP conflict||two devices with the same network address
3|subnet||a section of the network
2|default gateway||the device that leads to the internet
1|firewall||a filter that blocks unwanted network traffic
2|firewall rule||a setting that lets traffic through the firewall||firewall exception
2|port number||a numbered door a program uses on the network
2|access point||a box that sends out Wi-Fi|Wi-Fi point|WAP
1|Ethernet||a wired network connection|network cable|RJ45
2|LAN|local area network|the network inside a building|office network
2|WAN|wide area network|a network linking distant sites
2|WLAN|wireless LAN|the Wi-Fi network in a building|Wi-Fi network
3|VLAN|virtual LAN|a separate network on shared equipment
3|NAT|network address translation|sharing one internet address among devices
3|QoS|quality of service|settings that give calls priority
1|ISP|internet service provider|the company that supplies your internet|internet provider
1|hotspot||a phone sharing its internet connection
2|captive portal||the sign-in page of a public Wi-Fi
2|ping test||a quick test of whether a device answers
3|traceroute||a test that shows each stop data passes
3|ipconfig||a command that shows network settings
2|hostname||a computer's name on the network|computer name|host name
3|FQDN|fully qualified domain name|a computer's full network name|full computer name
1|domain name||the name part of an address, like example.com
3|localhost||the computer talking to itself||loopback,127.0.0.1
3|TCP|Transmission Control Protocol|the basic rules for sending data
2|HTTP|Hypertext Transfer Protocol|the way web pages are sent
2|HTTPS||the secure way web pages are sent
2|TLS|Transport Layer Security|the lock that protects web and mail traffic||SSL,Secure Sockets Layer
2|TLS certificate||a digital ID that proves a site is genuine||SSL certificate,certificate,cert
2|certificate error||a warning that a site couldn't prove who it is
3|certificate authority||a trusted issuer of digital IDs
3|CDN|content delivery network|servers that keep copies of a site near you
2|VoIP|voice over IP|phone calls over the internet|internet calling
3|NTP|Network Time Protocol|the service that keeps clocks in step
3|load balancer||a system that spreads work across servers
3|SMB|Server Message Block|how Windows shares files
1|network share||a folder shared over the network|shared folder|file share
2|mapped drive||a shared folder shown as a drive letter||network drive
3|UNC path||a shared folder's address, starting with \\||UNC
2|NAS|network-attached storage|a storage box on the network
3|SAN|storage area network|a network of shared disks for servers
2|WPA2||the password lock on a Wi-Fi network||WPA3,WPA,WEP
3|RADIUS||the service that checks who may join the network
# Identity and security
2|MFA|multi-factor authentication|a second check, like a code on your phone, at sign-in|two-step sign-in|2FA,two-factor authentication,2-step verification,two-step verification
2|OTP|one-time password|a code that works only once|one-time code|TOTP
2|SSO|single sign-on|one sign-in for all your work apps|single sign-in
3|LDAP|Lightweight Directory Access Protocol|how programs look people up in the directory||LDAPS
2|Active Directory||the central list of staff accounts||AD,AD DS
2|Entra ID||Microsoft's online list of staff accounts||Azure AD,Azure Active Directory,AAD
3|directory sync||copying accounts from the office to the cloud||Azure AD Connect,Entra Connect
3|domain controller||the server that checks Windows sign-ins
2|domain account||your work account|work account|domain user
3|domain-joined||set up as a managed work computer
2|local account||an account on this one computer only
2|local admin||permission to install and change settings||local administrator,admin rights,administrator rights,admin privileges
3|service account||an account used by a program, not a person
3|OU|organizational unit|a folder in the staff directory
3|UPN|user principal name|your sign-in name, like an email address|sign-in name
3|SID|security identifier|the ID Windows gives each account
3|OAuth||letting an app use your account without your password
3|SAML|Security Assertion Markup Language|a standard for one sign-in across services
2|token||a digital pass that proves you signed in
2|security key||a small device you tap to prove it's you||hardware token
1|session timeout||being signed out after a while idle||session expired
1|credentials||your username and password|username and password
2|authentication||checking you are who you say|sign-in
2|authorization||checking what you may open|permission|authorisation
3|conditional access||rules for when and where you can sign in
3|Kerberos||Windows' behind-the-scenes sign-in tickets
3|NTLM||an older way Windows checks passwords
3|RBAC|role-based access control|access given by job role
3|ACL|access control list|the list of who may open something
3|least privilege||only the access each person needs
3|privileged access||tightly controlled admin access||PAM
2|password spray||an attack that tries many passwords||brute force
2|SSPR|self-service password reset|resetting your own password online
2|passkey||a sign-in with your phone or fingerprint, no password||FIDO2
1|phishing||a fake message trying to trick you
2|spoofing||faking who a message is from
1|ransomware||harmful software that locks files for money
2|zero-day||a hole attackers use before a fix exists||zero day
3|CVE|Common Vulnerabilities and Exposures|the ID of a known security hole
3|EDR|endpoint detection and response|security software watching for attacks||XDR
2|endpoint protection||the security software on your computer|security software|endpoint security
3|SOC|security operations center|the team that watches for attacks|security team
3|DLP|data loss prevention|rules that stop private data leaving
1|encryption||scrambling data so only the right people can read it
2|BitLocker||Windows' disk lock
2|recovery key||a long number that unlocks a locked disk
2|FileVault||the Mac's disk lock
3|TPM|Trusted Platform Module|a security chip in the computer|security chip
3|Secure Boot||a check that only trusted software starts
3|PKI|public key infrastructure|the system behind digital IDs
3|SSH|Secure Shell|a secure way to type commands on another computer
2|allowlist||a list of things always let through|approved list|whitelist,allow list,safelist,safe senders list
2|blocklist||a list of things always stopped|blocked list|blacklist,block list
2|sandbox||a sealed-off space to run things safely
3|compliance policy||settings a device needs to use work apps
# Windows, Mac and devices
2|GPO|Group Policy Object|settings IT sends to all work computers|company-wide settings|group policy
2|registry||the database of Windows settings|Windows settings|regedit
2|DWORD||a number setting in the Windows settings database
2|BSOD|blue screen of death|a crash with a blue error screen|blue-screen crash|blue screen,stop error
2|kernel panic||a crash that restarts a Mac|system crash
1|safe mode||starting with only the basics||Safe Boot
2|recovery mode||a start-up screen for repairs||WinRE
2|user profile||your settings and files on a computer||Windows profile
3|roaming profile||settings that follow you to any computer
2|Outlook profile||Outlook's saved account settings||mail profile
3|OST|offline storage table|Outlook's local copy of your mailbox
2|PST|personal storage table|a file that stores email on your computer||Outlook data file
3|KFM|Known Folder Move|OneDrive backing up Desktop and Documents
1|sync conflict||two versions of a file that didn't merge||sync error
2|Intune||Microsoft's device management service||Endpoint Manager
2|MDM|mobile device management|how IT manages phones and laptops
3|MAM|mobile application management|IT protection for work apps on phones
2|enrollment||signing a device up for IT management||enrolment
2|Autopilot||automatic setup of a new work computer
3|SCCM|System Center Configuration Manager|IT's tool for installing software||ConfigMgr,MECM,Configuration Manager
3|WSUS|Windows Server Update Services|the server that hands out Windows updates
2|provisioning||setting up an account or device|setup
2|reimage||wiping and reinstalling the standard setup|fresh reinstall|re-image,disk image
1|driver||a small program that runs a device
2|firmware||the built-in software inside a device
2|BIOS|basic input/output system|the settings screen before Windows starts||UEFI,CMOS
2|boot loop||a computer that keeps restarting||reboot loop
1|reboot||restarting the computer|restart
1|power cycle||switching off, waiting, and on again|turn off and on again
2|Event Viewer||where Windows records errors||event log
2|command prompt||a window for typing commands||cmd,command line,CLI
2|PowerShell||a Windows tool for typing commands
2|cmdlet||one command in a Windows command tool
2|terminal||a window for typing commands
2|run as administrator||running with admin permission||run as admin,elevated prompt
2|UAC|User Account Control|the pop-up asking to allow changes
3|sudo||running a command with full control
3|root access||the all-powerful account||root user
2|shell||a program for typing commands||bash,zsh
2|script||a small program that runs steps for you||batch file
3|DLL|dynamic-link library|a shared file of program code
2|background process||a program running out of sight|running program|running process
2|Windows service||a program that runs in the background
2|print spooler||the part that lines up print jobs||print server
1|cache||saved copies that speed things up|saved data
1|temp files||leftover files from programs
1|browser extension||an add-on for your browser||add-on
1|add-in||an extra feature added to a program||plug-in,plugin
2|SSD|solid-state drive|a fast storage drive|storage drive|NVMe
2|HDD|hard disk drive|a storage drive with a spinning disk|hard drive
2|partition||a section of a disk that acts as a drive
2|file system||how files are organized on a disk||filesystem,NTFS,APFS,exFAT,FAT32
3|page file||disk space used as extra memory||swap file,virtual memory
3|crash dump||a record of a crash||memory dump
3|stack trace||details of where a program failed
1|log file||a program's record of what it did
2|MSI||a Windows install file|install file
2|dependency||something a program needs to work
2|runtime||a support package some programs need||NET Framework
2|hotfix||a small urgent update|urgent update
1|patch||an update that fixes a problem|update
2|Patch Tuesday||Microsoft's monthly update day
2|feature update||a large Windows update||cumulative update
1|rollback||going back to the earlier version|undo|roll back
2|restore point||a saved state of Windows to go back to||System Restore
2|Keychain||where a Mac keeps saved passwords
2|Spotlight index||the list that makes searches fast||search index
2|file permissions||who may open or change a file
2|DPI|dots per inch|how big text looks on screen||display scaling
2|peripheral||a device you plug in, like a mouse|device
1|docking station||a stand that links a laptop to screens
3|KVM||a switch sharing one keyboard and screen
2|UPS|uninterruptible power supply|a battery that rides out power cuts|backup battery
2|GPU|graphics processing unit|the part that draws the screen||graphics card
# Email and calendars
2|SMTP|Simple Mail Transfer Protocol|how mail servers send email
2|IMAP|Internet Message Access Protocol|how mail apps read mail on the server
2|POP3||an older way to download email||POP
3|MX record||where the internet delivers your email||MX
3|SPF|Sender Policy Framework|a list of who may send mail for you
3|DKIM||a signature proving an email wasn't changed
3|DMARC||a rule for handling fake mail from your domain
2|mailbox quota||the most mail your mailbox can hold|mailbox size limit|mailbox limit
2|Exchange||Microsoft's email server|the email system
2|OWA|Outlook on the web|Outlook in your browser||Outlook Web Access
3|EWS|Exchange Web Services|a way for apps to reach the mail server
2|MAPI||how Outlook talks to the mail server
2|Autodiscover||the service that sets up mail apps
3|ActiveSync||how phones sync work email||EAS
1|shared mailbox||an inbox several people use|shared inbox
1|distribution list||one address for a group of people|group address|distribution group,DL,mailing list
2|security group||a group that controls access||Microsoft 365 group,M365 group
2|GAL|global address list|the company-wide address list||address book
3|OAB|offline address book|Outlook's copy of the address list
2|cached mode||Outlook keeping your mail on the computer||Cached Exchange Mode
2|NDR|non-delivery report|an email saying a message wasn't delivered|bounce message|bounce-back
3|mail flow||the path email takes
3|transport rule||a rule the mail server applies to all mail
3|smart host||a server that passes email on||mail relay
2|email alias||an extra address for the same inbox||proxy address
2|delegate access||letting someone manage your mail or calendar
2|Send As||permission to send as someone else||Send on Behalf
2|archive mailbox||a second mailbox for older mail||online archive
3|retention policy||rules for how long mail and files are kept
3|litigation hold||keeping all mail for legal reasons||legal hold
3|MIME||the label saying what a message contains
3|send connector||a setting for how mail is sent||receive connector
2|quarantine||a holding area for suspicious mail or files
2|nickname cache||the addresses Outlook suggests as you type||Autocomplete list
2|mailbox migration||moving your mailbox to a new system||mailbox move,cutover
2|room mailbox||a calendar for booking a room
# Servers, cloud and apps
2|VM|virtual machine|a computer running as software|virtual computer
3|hypervisor||software that runs virtual machines||Hyper-V,VMware
2|VDI|virtual desktop infrastructure|a desktop streamed from a server|online desktop|virtual desktop,AVD,Citrix
2|RDP|Remote Desktop Protocol|using another computer from yours||Remote Desktop,RDS
1|remote session||us using your screen to help, with your OK||remote control
3|RAID|redundant array of independent disks|disks working together so data survives a failure
2|snapshot||a saved copy of a system at one moment
3|replication||keeping copies of data in step
3|failover||switching to a standby system||fail over
3|failover cluster||servers working as one
3|high availability||spare systems ready to take over
2|endpoint||a device or address that connects to our systems
2|tenant||the company's own space in a cloud service
2|SaaS|software as a service|software you use online||IaaS,PaaS
2|API|application programming interface|a way for programs to talk||Microsoft Graph
2|API key||a secret code a program uses to sign in||client secret,app secret
3|JSON||a plain-text data format
3|XML||a tagged plain-text data format
2|config file||a file of program settings|settings file|configuration file
3|SQL|Structured Query Language|the language of databases
3|SQL query||a question asked of a database||database query
3|ODBC|Open Database Connectivity|a standard link to a database||DSN
3|container||an app packaged to run anywhere||Docker,Kubernetes
2|web server||the program that serves web pages||IIS
2|on-premises||on our own servers, not the cloud|in-house|on-prem,on-premise
2|hybrid deployment||part on our servers, part in the cloud||hybrid environment
3|blob storage||online file storage||storage account
3|throttling||slowing you after too many requests||rate limit
2|deprecated||being retired|being retired|deprecation,end of life,EOL
1|legacy system||older technology still in use|older system|legacy app
2|production environment||the live system|live system|live environment
2|staging||a copy of a system for testing|test system|test environment,UAT
2|deployment||putting changes in place|release|rollout
2|pilot group||a small group that gets changes first
2|build number||the number of a software version
1|workaround||a temporary way around a problem|temporary fix|work-around
2|regression||something that broke after a change
2|debug||tracking down a software fault||debugging
2|error code||a number that says what went wrong
2|unhandled exception||an error a program didn't expect
2|parameter||an option added to a command|option
2|macro||recorded steps that run by themselves||VBA
3|repository||a shared store for code||repo
2|404 error||the page could not be found
2|500 error||the site had a problem on its side||internal server error
1|CSV|comma-separated values|a simple spreadsheet file|spreadsheet file
2|UI|user interface|the screens and buttons you use|screen|GUI
2|GUID|globally unique identifier|a long one-of-a-kind ID||UUID,CLSID
3|OLE|Object Linking and Embedding|an old way to embed one program's content||ActiveX
2|OEM|original equipment manufacturer|the device's maker|maker
3|LTSC|Long-Term Servicing Channel|a version that rarely changes
2|Click-to-Run||how Microsoft 365 apps install
3|update channel||how often Office gets features||Current Channel
3|KMS|Key Management Service|how company copies of Office are activated||MAK,volume license
2|product key||the code that activates software||license key
2|telemetry||usage data sent back to the maker||diagnostic data
2|global admin||the person with full control of our cloud services||global administrator,tenant admin
2|admin center||the web page where IT manages a service||admin portal,EAC
# Backup and data
3|incremental backup||a backup of what changed since the last one
3|RPO|recovery point objective|how much recent work we could lose
3|RTO|recovery time objective|how long recovery may take
2|disaster recovery||our plan to restore systems after a big failure
1|data corruption||damage that makes a file unreadable||corrupted file,corrupt file
2|PII|personally identifiable information|details that identify a person|personal details
3|eDiscovery||searching company data for legal reasons||content search
2|audit log||the record of who did what||audit trail,sign-in logs
# Service management (ITIL)
2|RCA|root cause analysis|finding what really caused a problem
2|SLA|service level agreement|our promise on how fast we respond|agreed response time
3|OLA|operational level agreement|response times agreed between our teams
1|incident||a reported problem we're tracking
3|problem record||our record of the cause behind repeat issues
2|change request||a formal request for a planned change||RFC,change ticket
3|CAB|change advisory board|the group that approves changes
2|change freeze||a time when no changes are made
1|maintenance window||a planned time a service may be down||scheduled maintenance,planned maintenance
2|degraded performance||working, but slower than normal
2|service request||a request for something new, like access
2|tier 2||a more specialized support team|specialist team|tier 1,tier 3,second-line,third-line,L2,L3
2|triage||sorting requests by urgency
2|priority 1||how urgent a problem is, 1 being most urgent||P1,P2,P3,P4,Sev 1,severity 1
2|known issue||a problem we've seen and documented||known error
3|CMDB|configuration management database|our map of systems and links||configuration item
3|MTTR|mean time to repair|how long fixes take on average
3|ITIL||a common way to run IT services
3|ITSM|IT service management|how IT organizes support
2|SOP|standard operating procedure|our written steps for a routine task|standard steps
3|runbook||a step-by-step guide for a task||playbook
2|post-mortem||a review of what went wrong|review|postmortem,PIR
2|remediation||the steps to fix a problem|fix
2|BAU|business as usual|normal day-to-day work|normal work
2|BYOD|bring your own device|using your own device for work
2|shadow IT||apps used for work without IT knowing
`;

// Where a term's letters mean something else: "10 AM PST" is Pacific time, "via UPS" a courier.
const NOT_AFTER: Readonly<Record<string, string>> = {
  PST: String.raw`(?:\d|\b[ap]\.?m\.?)\s*$`,
  UPS: String.raw`\b(?:via|by|with)\s+$`,
};

function parseRow(line: string): GlossaryEntry {
  const [level, term, expansion, gloss, plain, variants] = line.split('|');
  const entry: GlossaryEntry = { term: term!, gloss: gloss!, level: Number(level) as GlossaryEntry['level'] };
  if (expansion) entry.expansion = expansion;
  if (plain) entry.plain = plain;
  if (variants) entry.variants = variants.split(',');
  const notAfter = NOT_AFTER[term!];
  if (notAfter) entry.notAfter = notAfter;
  return entry;
}

export const GLOSSARY: readonly GlossaryEntry[] = ROWS.split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map(parseRow);

/** Acronyms everyone reads without help: never flagged (compared in capitals). */
export const EVERYDAY_ACRONYMS: readonly string[] = [
  'PDF', 'USB', 'PC', 'PCS', 'IT', 'OK', 'FAQ', 'FAQS', 'ASAP', 'ID', 'IDS', 'HR', 'URL', 'URLS', 'TV', 'CEO', 'CFO', 'CTO', 'CIO',
  'AM', 'PM', 'US', 'USA', 'UK', 'EU', 'FYI', 'PS', 'TBD', 'TBC', 'ETA', 'OS', 'CD', 'DVD', 'GB', 'MB', 'KB', 'TB', 'HD',
  'HDMI', 'PIN', 'SMS', 'AI', 'APP', 'WIFI', 'MAC', 'IOS', 'CPU', 'RAM', 'ZIP', 'JPG', 'JPEG', 'PNG', 'GIF', 'MP3', 'MP4',
  'UTC', 'GMT', 'PDT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'BST', 'CET', 'CEST', 'IST', 'AEST', 'NB', 'RE', 'FW',
  'FWD', 'BTW', 'LOL', 'IMO', 'IMHO', 'TBH', 'FWIW', 'AFAIK', 'CC', 'BCC', 'QR', 'LED', 'LCD', 'GPS', 'ATM', 'VIP', 'DIY', 'RSVP', 'EOD', 'COB', 'OOO', 'WFH', 'AKA', 'ETC',
  'IE', 'EG', 'VS', 'HQ', 'PA', 'PO', 'QA', 'RSS', 'HTML', 'TXT', 'DOC', 'DOCX', 'XLS', 'XLSX', 'PPT', 'PPTX', 'AV', 'AC',
  'DC', 'NY', 'CA', 'TX', 'LA', 'SF', 'NHS', 'BBC', 'CNN', 'MBA', 'PHD', 'ISO', 'OCR', 'SKU', 'ROI', 'B2B', 'CRM', 'ERP',
  'GHZ', 'MHZ', 'KBPS', 'MBPS', 'GBPS', 'FPS', 'WWW', 'COM', 'NET', 'ORG', 'DM', 'DMS', 'IM', 'MS', 'CV', 'PTO',
];

/** All-caps words that are company or product names, or ordinary words written in capitals for emphasis. */
export const NOT_ACRONYMS: readonly string[] = [
  'IBM', 'HP', 'HPE', 'SAP', 'AWS', 'ASUS', 'AMD', 'NVIDIA', 'ESET', 'LG', 'NEC', 'BMW', 'NASA', 'AOL', 'MSN',
  'IKEA', 'AT', 'ATT', 'EE', 'BT', 'GE', 'DHL', 'CNBC', 'ADOBE', 'CISCO', 'DELL', 'LENOVO', 'ACER', 'XP',
  'NOTE', 'NOTES', 'TIP', 'TIPS', 'WARNING', 'CAUTION', 'IMPORTANT', 'URGENT', 'INFO', 'ERROR', 'DONE', 'TODO', 'NEW',
  'NOT', 'NO', 'YES', 'DO', 'DONT', 'ALL', 'ANY', 'NOW', 'STOP', 'PLEASE', 'ONLY', 'MUST', 'NEVER', 'ALWAYS', 'FREE',
  'HELP', 'OFF', 'ON', 'OUT', 'UP', 'TO', 'IS', 'IN', 'BE', 'WE', 'ME', 'MY', 'YOU', 'YOUR', 'AN', 'OF', 'IF', 'SO',
  'BY', 'AS', 'GO', 'HI', 'OH', 'THANK', 'THANKS', 'SORRY', 'READ', 'SAVE', 'SEND', 'CLICK', 'ENTER', 'ESC', 'TAB',
  'ALT', 'CTRL', 'SHIFT', 'DEL', 'FN', 'HOME', 'END', 'PGUP', 'PGDN', 'CAPS', 'LOCK', 'SEARCH', 'SYSTEM', 'TRUE',
  'FALSE', 'CAUSE', 'NOTICE', 'OPTION', 'SELECT', 'NULL', 'PATH', 'ONE', 'TWO', 'RETAIL', 'VOLUME', 'UNSEEN', 'MANAGE', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'SP', 'EOF', 'AND', 'OR', 'THE', 'FOR', 'WITH',
];

/**
 * Words with an everyday IT meaning ("kill the process", "the host", "the master copy", "abort the upgrade",
 * "execute the script", "the app hangs", "a dead drive"): tone rules must never read them as harsh or insensitive.
 */
export const IT_SENSE_WORDS: readonly string[] = [
  'kill', 'killed', 'host', 'master', 'abort', 'aborted', 'execute', 'executed', 'hang', 'hangs', 'hung', 'dead',
  'terminate', 'terminated', 'crash', 'crashed', 'fatal', 'orphaned', 'zombie', 'purge', 'wipe', 'dump', 'force',
];
