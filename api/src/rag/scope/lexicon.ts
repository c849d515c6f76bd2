import { stem, tokenize } from '../retrieval/terms.js';

/**
 * The domain check's vocabulary. Strong terms almost only occur in security questions; weak ones lean towards
 * security but are common elsewhere; off-domain terms mark the everyday and near-domain questions (cooking,
 * sport, travel, programming, office IT) that a security corpus never covers. Words are stemmed at load with
 * the same stemmer as the questions, so "attackers" and "attacker" meet.
 */
const vocabulary = (words: string): ReadonlySet<string> => new Set(tokenize(words).map(stem));

export const STRONG_TERMS = vocabulary(`
  malware ransomware phishing spearphishing whaling spyware adware trojan worm virus rootkit keylogger keystroke
  backdoor botnet exploit exploitation vulnerability zeroday cve intrusion idps ids ips siem soc csirt cert
  incident breach compromise compromised attacker adversary threat apt ioc indicator ttp mitre att ck tactic
  technique mitigation mitigate forensics forensic containment eradication exfiltration lateral persistence
  privilege escalation credential credentials lsass mimikatz kerberos kerberoasting spraying bruteforce injection
  shellcode payload obfuscation obfuscated evasion sandbox sandboxing antivirus firewall cybersecurity security
  cyber hacker hacking sabotage espionage c2 beacon implant dropper playbook nist csf stix taxii tlp syslog
  whitelisting allowlist blocklist blacklist quarantine pentest penetration apt29 apt28 lazarus cobalt powershell
  wmi rdp reconnaissance tamper spoofing masquerading ddos mfa authentication authorization encryption
  encrypted decrypt idps
`);

export const WEAK_TERMS = vocabulary(`
  risk log logs logging recovery resilience backup password account access network monitoring audit policy
  governance framework profile tier sharing protect detect respond asset control safeguard alert event host
  server endpoint privacy confidentiality integrity availability assessment likelihood supply chain dependency
  critical infrastructure evidence custody handler response prevention detection analysis signature anomaly
  registry scheduled patch attack impact
`);

export const OFF_DOMAIN_TERMS = vocabulary(`
  recipe cooking cook bake baking boil roast oven egg chicken sourdough lasagne pasta flour sugar soda dinner
  lunch breakfast meal food drink wine beer coffee tea
  football soccer basketball cricket tennis golf marathon olympic player wicket
  travel trip flight flights visa hotel vacation holiday beach sights tourist airport
  poem novel plot movie film song music poetry painting
  puppy dog cat pet plant garden flower
  tyre tire bicycle
  salary
  python javascript css div react useeffect jest linked dictionary quicksort git rebase sql dockerfile
  kubernetes pod autoscaler virtualenv
  excel vlookup spreadsheet outlook printer font ssd wifi unsaved
`);
