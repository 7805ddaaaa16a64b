/**
 * The fixed vocabularies the content is sorted by. The schemas validate against these lists and the
 * browse pages and the connection-path map render them in this order, so adding a value here is the
 * one place a new group or stage is introduced.
 */

/** Stages a remoting request passes, from the user's console to the running remote command. */
export const STAGES = [
	{
		id: 'local-session',
		label: 'Local session',
		detail: 'Elevation, execution policy and the bitness of the session you run in.',
	},
	{
		id: 'client-settings',
		label: "Client's settings",
		detail: 'TrustedHosts, the authentication scheme and proxy options on the connecting computer.',
	},
	{
		id: 'network',
		label: 'Network',
		detail: 'Name resolution, the firewall, the port and whether anything answers on it.',
	},
	{
		id: 'authentication',
		label: 'Authentication',
		detail: 'Who you are to the remote computer: Kerberos, NTLM, CredSSP, certificates and credentials.',
	},
	{
		id: 'winrm-service',
		label: 'Remote WinRM service',
		detail: 'The WS-Management service and its listeners on the remote computer.',
	},
	{
		id: 'session-configuration',
		label: 'Session configuration',
		detail: 'The endpoint you connect to and who is allowed to use it.',
	},
	{
		id: 'operation',
		label: 'Running operation',
		detail: 'Quotas, timeouts and interruptions while the command runs.',
	},
	{
		id: 'remote-command',
		label: 'Remote command',
		detail: 'Remoting worked; the error comes from the command that ran on the remote computer.',
	},
] as const;

export type StageId = (typeof STAGES)[number]['id'];
export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]];

/** Topics the fixes are grouped by on the browse page. */
export const TOPICS = [
	{ id: 'enable', label: 'Turn remoting on', detail: 'Enable remoting on one computer or a whole domain.' },
	{ id: 'permissions', label: 'Permissions and credentials', detail: 'Who may connect, and as whom.' },
	{ id: 'trust', label: 'Trust and authentication', detail: 'IP addresses, workgroups, TrustedHosts and Kerberos.' },
	{ id: 'delegation', label: 'The second hop', detail: 'Reaching a third computer or a share from a remote session.' },
	{ id: 'https', label: 'HTTPS and certificates', detail: 'HTTPS listeners, certificates and their checks.' },
	{ id: 'service', label: 'The WinRM service and endpoints', detail: 'The service, its listeners and session configurations.' },
	{ id: 'network', label: 'Ports, proxies and firewalls', detail: 'Reaching the remote listener.' },
	{ id: 'session', label: 'Inside the session', detail: 'Bitness, execution policy, quotas and timeouts.' },
	{ id: 'recovery', label: 'Stuck or interrupted commands', detail: 'Unresponsive programs and aborted operations.' },
	{ id: 'platform', label: 'PowerShell 7, SSH and other platforms', detail: 'SSH remoting and remoting from Linux and macOS.' },
	{
		id: 'clients',
		label: 'Ansible, Packer and other clients',
		detail: 'Settings of the programs that speak WinRM themselves.',
	},
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

/**
 * The programs that print an error's wording. PowerShell's and WinRM's own messages come first; the others
 * speak WinRM themselves and word the same failures their own way (their source code is vendored under
 * `sources/tools/`).
 */
export const CLIENTS = [
	{
		id: 'powershell',
		label: 'PowerShell and Windows',
		detail: 'Windows PowerShell, PowerShell 7, winrm.cmd and the WinRM service itself.',
	},
	{
		id: 'ansible',
		label: 'Ansible and pywinrm',
		detail: "Ansible's winrm and psrp connections, and Python programs built on pywinrm.",
	},
	{
		id: 'go-winrm',
		label: 'Go programs (masterzen/winrm)',
		detail: 'Programs built on the Go winrm library, which reports HTTP and network errors in Go\'s words.',
	},
	{
		id: 'packer',
		label: 'Packer',
		detail: "Packer's WinRM communicator, which connects through the Go winrm library.",
	},
	{
		id: 'ruby-winrm',
		label: 'Ruby WinRM gem',
		detail: 'Ruby programs built on the WinRM gem, which raises its own WinRM:: exception classes.',
	},
] as const;

export type ClientId = (typeof CLIENTS)[number]['id'];
export const CLIENT_IDS = CLIENTS.map((client) => client.id) as [ClientId, ...ClientId[]];
