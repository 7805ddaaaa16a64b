/**
 * The primary sources the catalog may cite, vendored under `sources/` (see `sources/SOURCES.md` for the
 * repository, path and commit of each copy). An entry cites a source by its id; the page shows the title
 * and links the public URL, and the tests read the vendored file to check that the entry's commands and
 * messages are in what it cites.
 */
import cmdletReference from '../../sources/cmdlet-reference/index.json';

export interface PrimarySource {
	/** The title shown in a citation. */
	title: string;
	/** The public page or file the copy was taken from. */
	url: string;
	/** The vendored copy, relative to `sources/`. */
	file: string;
	/**
	 * How a cited section is linked: `heading` sections are Markdown headings with an anchor on the public
	 * page; `name` sections are resource or MessageId names, shown as code without a link of their own.
	 */
	sections: 'heading' | 'name';
}

const learn = 'https://learn.microsoft.com/powershell/module/';
const about76 = (topic: string) => `${learn}microsoft.powershell.core/about/${topic}?view=powershell-7.6`;
const cmdlet76 = (module: string, name: string) => `${learn}${module}/${name}?view=powershell-7.6`;
const scripting = (page: string) => `https://learn.microsoft.com/powershell/scripting/security/remoting/${page}`;
const support = (path: string) => `https://learn.microsoft.com/troubleshoot/${path}`;
const winrmDocs = (page: string) => `https://learn.microsoft.com/windows/win32/winrm/${page}`;
/** A file of a WinRM client's repository, at the commit vendored under `sources/tools/`. */
const blob = (repo: string, commit: string, path: string) =>
	`https://github.com/${repo}/blob/${commit}/${path}`;
const ansibleDocs2024 = (name: string) =>
	blob('ansible/ansible-documentation', 'b09a2009ba2a58d7a660f8ea694a2ac6063177c1', `docs/docsite/rst/os_guide/${name}.rst`);
const ansibleDocs = (name: string) => `https://docs.ansible.com/ansible/latest/os_guide/${name}.html`;
const ansible = (path: string) => blob('ansible/ansible', 'c9ac477e53a99e95781f333eec3329a935c1bf95', path);
const pywinrm = (path: string) => blob('diyan/pywinrm', '739df6fb801102a10970b2317091ee0c8c8fef3d', path);
const rubyWinrm = (path: string) => blob('WinRb/WinRM', '20389c369e73ac71ca527af700db0103af06809f', path);
const goWinrm = (path: string) => blob('masterzen/winrm', '3fad6e10608555e1fe7a09590fca8e3d8269d826', path);
const packer = (path: string) =>
	blob('hashicorp/packer-plugin-sdk', '24d43aa0fc645b4b788b0de567d88d8d8e2de791', path);
const psStrings = (path: string) =>
	`https://github.com/PowerShell/PowerShell/blob/929903692e550140efb5042ed05d65bfd21ccb5f/src/${path}`;

const NAMED_SOURCES = {
	'about-remote-troubleshooting-5.1': {
		title: 'about_Remote_Troubleshooting (PowerShell 5.1)',
		url: `${learn}microsoft.powershell.core/about/about_remote_troubleshooting?view=powershell-5.1`,
		file: 'about_Remote_Troubleshooting.md',
		sections: 'heading',
	},
	'about-remote-troubleshooting-7.6': {
		title: 'about_Remote_Troubleshooting (PowerShell 7.6)',
		url: about76('about_remote_troubleshooting'),
		file: 'powershell-docs/about-7.6/about_Remote_Troubleshooting.md',
		sections: 'heading',
	},
	'about-remote-requirements-7.6': {
		title: 'about_Remote_Requirements (PowerShell 7.6)',
		url: about76('about_remote_requirements'),
		file: 'powershell-docs/about-7.6/about_Remote_Requirements.md',
		sections: 'heading',
	},
	'about-remote-7.6': {
		title: 'about_Remote (PowerShell 7.6)',
		url: about76('about_remote'),
		file: 'powershell-docs/about-7.6/about_Remote.md',
		sections: 'heading',
	},
	'about-session-configurations-7.6': {
		title: 'about_Session_Configurations (PowerShell 7.6)',
		url: about76('about_session_configurations'),
		file: 'powershell-docs/about-7.6/about_Session_Configurations.md',
		sections: 'heading',
	},
	'about-pssessions-7.6': {
		title: 'about_PSSessions (PowerShell 7.6)',
		url: about76('about_pssessions'),
		file: 'powershell-docs/about-7.6/about_PSSessions.md',
		sections: 'heading',
	},
	'about-remote-disconnected-sessions-7.6': {
		title: 'about_Remote_Disconnected_Sessions (PowerShell 7.6)',
		url: about76('about_remote_disconnected_sessions'),
		file: 'powershell-docs/about-7.6/about_Remote_Disconnected_Sessions.md',
		sections: 'heading',
	},
	'about-wsman-provider-5.1': {
		title: 'about_WSMan_Provider (PowerShell 5.1)',
		url: `${learn}microsoft.wsman.management/about/about_wsman_provider?view=powershell-5.1`,
		file: 'powershell-docs/about-5.1/about_WSMan_Provider.md',
		sections: 'heading',
	},
	'about-commonparameters-5.1': {
		title: 'about_CommonParameters (PowerShell 5.1)',
		url: `${learn}microsoft.powershell.core/about/about_commonparameters?view=powershell-5.1`,
		file: 'powershell-docs/about-5.1/about_CommonParameters.md',
		sections: 'heading',
	},
	'enable-psremoting-7.6': {
		title: 'Enable-PSRemoting (PowerShell 7.6)',
		url: cmdlet76('microsoft.powershell.core', 'enable-psremoting'),
		file: 'powershell-docs/about-7.6/Enable-PSRemoting.md',
		sections: 'heading',
	},
	'new-pssessionoption-7.6': {
		title: 'New-PSSessionOption (PowerShell 7.6)',
		url: cmdlet76('microsoft.powershell.core', 'new-pssessionoption'),
		file: 'powershell-docs/about-7.6/New-PSSessionOption.md',
		sections: 'heading',
	},
	'set-pssessionconfiguration-7.6': {
		title: 'Set-PSSessionConfiguration (PowerShell 7.6)',
		url: cmdlet76('microsoft.powershell.core', 'set-pssessionconfiguration'),
		file: 'powershell-docs/about-7.6/Set-PSSessionConfiguration.md',
		sections: 'heading',
	},
	'register-pssessionconfiguration-7.6': {
		title: 'Register-PSSessionConfiguration (PowerShell 7.6)',
		url: cmdlet76('microsoft.powershell.core', 'register-pssessionconfiguration'),
		file: 'powershell-docs/about-7.6/Register-PSSessionConfiguration.md',
		sections: 'heading',
	},
	'enable-wsmancredssp-7.6': {
		title: 'Enable-WSManCredSSP (PowerShell 7.6)',
		url: cmdlet76('microsoft.wsman.management', 'enable-wsmancredssp'),
		file: 'powershell-docs/about-7.6/Enable-WSManCredSSP.md',
		sections: 'heading',
	},
	'test-wsman-7.6': {
		title: 'Test-WSMan (PowerShell 7.6)',
		url: cmdlet76('microsoft.wsman.management', 'test-wsman'),
		file: 'powershell-docs/about-7.6/Test-WSMan.md',
		sections: 'heading',
	},
	'set-wsmanquickconfig-7.6': {
		title: 'Set-WSManQuickConfig (PowerShell 7.6)',
		url: cmdlet76('microsoft.wsman.management', 'set-wsmanquickconfig'),
		file: 'powershell-docs/about-7.6/Set-WSManQuickConfig.md',
		sections: 'heading',
	},
	'connect-wsman-7.6': {
		title: 'Connect-WSMan (PowerShell 7.6)',
		url: cmdlet76('microsoft.wsman.management', 'connect-wsman'),
		file: 'powershell-docs/about-7.6/Connect-WSMan.md',
		sections: 'heading',
	},
	'second-hop': {
		title: 'Making the second hop in PowerShell Remoting',
		url: scripting('ps-remoting-second-hop'),
		file: 'powershell-docs/conceptual/PS-remoting-second-hop.md',
		sections: 'heading',
	},
	'winrm-security': {
		title: 'Security considerations for PowerShell Remoting using WinRM',
		url: scripting('winrm-security'),
		file: 'powershell-docs/conceptual/WinRM-Security.md',
		sections: 'heading',
	},
	'wsman-remoting': {
		title: 'Using WS-Management (WSMan) Remoting in PowerShell',
		url: scripting('wsman-remoting-in-powershell'),
		file: 'powershell-docs/conceptual/WSMan-Remoting-in-PowerShell.md',
		sections: 'heading',
	},
	'ssh-remoting': {
		title: 'PowerShell Remoting Over SSH',
		url: scripting('ssh-remoting-in-powershell'),
		file: 'powershell-docs/conceptual/SSH-Remoting-in-PowerShell.md',
		sections: 'heading',
	},
	'running-remote-commands': {
		title: 'Running Remote Commands',
		url: scripting('running-remote-commands'),
		file: 'powershell-docs/conceptual/Running-Remote-Commands.md',
		sections: 'heading',
	},
	'remoting-faq': {
		title: 'PowerShell Remoting FAQ',
		url: scripting('powershell-remoting-faq'),
		file: 'powershell-docs/conceptual/powershell-remoting-faq.yml',
		sections: 'heading',
	},
	'remoting-error-strings': {
		title: "PowerShell's remoting error strings (RemotingErrorIdStrings.resx)",
		url: psStrings('System.Management.Automation/resources/RemotingErrorIdStrings.resx'),
		file: 'powershell-strings/RemotingErrorIdStrings.resx',
		sections: 'name',
	},
	'wsman-cmdlet-strings': {
		title: "PowerShell's WSMan cmdlet strings (WsManResources.resx)",
		url: psStrings('Microsoft.WSMan.Management/resources/WsManResources.resx'),
		file: 'powershell-strings/WsManResources.resx',
		sections: 'name',
	},
	'host-interface-strings': {
		title: "PowerShell's host interface error strings (HostInterfaceExceptionsStrings.resx)",
		url: 'https://github.com/PowerShell/PowerShell/blob/c0fc8c30e78199c13ac5b404da29d5076dae10c9/src/System.Management.Automation/resources/HostInterfaceExceptionsStrings.resx',
		file: 'powershell-strings/HostInterfaceExceptionsStrings.resx',
		sections: 'name',
	},
	'wsmerror-h': {
		title: 'Windows SDK: wsmerror.h (the WinRM error codes and messages)',
		url: 'https://github.com/microsoft/win32metadata/blob/d0f363037c6987790b3548b7f82f382034d86bf2/generation/WinSDK/RecompiledIdlHeaders/um/wsmerror.h',
		file: 'windows-sdk/wsmerror.h',
		sections: 'name',
	},
	'winerror-h': {
		title: 'winerror.h (Windows SDK), excerpt: the Windows and security error messages',
		url: 'https://github.com/microsoft/win32metadata/blob/095e12e664fc3a04adda0c36424fe410614f1c61/generation/WinSDK/RecompiledIdlHeaders/shared/winerror.h',
		file: 'windows-sdk/winerror-excerpt.h',
		sections: 'name',
	},
	'support-0x80090322': {
		title: 'Error 0x80090322 when connecting PowerShell to a remote server via WinRM (Microsoft support)',
		url: support('windows-server/system-management-components/error-0x80090322-when-connecting-powershell-to-remote-server-via-winrm'),
		file: 'support-articles/error-0x80090322-when-connecting-powershell-to-remote-server-via-winrm.md',
		sections: 'heading',
	},
	'support-psmodulepath': {
		title: 'Measure-Object not found error with Enter-PSSession cmdlet (Microsoft support)',
		url: support('windows-server/system-management-components/enter-pssession-cmdlet-fails-psmodulepath-variable'),
		file: 'support-articles/enter-pssession-cmdlet-fails-psmodulepath-variable.md',
		sections: 'heading',
	},
	'support-winrm-service-not-start': {
		title: 'WinRM service does not start (Microsoft support)',
		url: support('windows-server/system-management-components/winrm-service-not-start-uninstall-winrm-2'),
		file: 'support-articles/winrm-service-not-start-uninstall-winrm-2.md',
		sections: 'heading',
	},
	'support-event-forwarding-0x138c': {
		title: 'Security event log forwarding fails with Error 0x138C and 5004 in Windows Server (Microsoft support)',
		url: support('windows-server/system-management-components/security-event-log-forwarding-fails-error-0x138c-5004'),
		file: 'support-articles/security-event-log-forwarding-fails-error-0x138c-5004.md',
		sections: 'heading',
	},
	'support-events-not-forwarded': {
		title: "Event collector doesn't forward events (Microsoft support)",
		url: support('windows-server/admin-development/events-not-forwarded-by-windows-server-collector'),
		file: 'support-articles/events-not-forwarded-by-windows-server-collector.md',
		sections: 'heading',
	},
	'support-aad-only-joined': {
		title: "Can't establish a PowerShell remote session using WinRM (Microsoft support)",
		url: support('windows-client/system-management-components/can-not-establish-ps-remote-session-winrm-aad-only-joined-machines'),
		file: 'support-articles/can-not-establish-ps-remote-session-winrm-aad-only-joined-machines.md',
		sections: 'heading',
	},
	'support-winrm-command-errors': {
		title: 'Errors when you run WinRM commands (Microsoft support)',
		url: support('windows-client/system-management-components/errors-when-you-run-winrm-commands'),
		file: 'support-articles/errors-when-you-run-winrm-commands.md',
		sections: 'heading',
	},
	'support-winrm-https': {
		title: 'How to configure WINRM for HTTPS (Microsoft support)',
		url: support('windows-client/system-management-components/configure-winrm-for-https'),
		file: 'support-articles/configure-winrm-for-https.md',
		sections: 'heading',
	},
	'winrm-installation-and-configuration': {
		title: 'Installation and Configuration for Windows Remote Management (Win32 docs)',
		url: winrmDocs('installation-and-configuration-for-windows-remote-management'),
		file: 'winrm-docs/installation-and-configuration-for-windows-remote-management.md',
		sections: 'heading',
	},
	'winrm-quotas': {
		title: 'Quota Management for Remote Shells (Win32 docs)',
		url: winrmDocs('quotas'),
		file: 'winrm-docs/quotas.md',
		sections: 'heading',
	},
	'ansible-windows-setup-2024': {
		title: 'Ansible docs (2024): Setting up a Windows Host',
		url: ansibleDocs2024('windows_setup'),
		file: 'tools/ansible/windows_setup-2024-08.rst',
		sections: 'heading',
	},
	'ansible-windows-winrm-2024': {
		title: 'Ansible docs (2024): Windows Remote Management',
		url: ansibleDocs2024('windows_winrm'),
		file: 'tools/ansible/windows_winrm-2024-08.rst',
		sections: 'heading',
	},
	'ansible-windows-faq-2024': {
		title: 'Ansible docs (2024): Windows Frequently Asked Questions',
		url: ansibleDocs2024('windows_faq'),
		file: 'tools/ansible/windows_faq-2024-08.rst',
		sections: 'heading',
	},
	'ansible-windows-winrm': {
		title: 'Ansible docs: Windows Remote Management',
		url: ansibleDocs('windows_winrm'),
		file: 'tools/ansible/windows_winrm.rst',
		sections: 'heading',
	},
	'ansible-windows-winrm-kerberos': {
		title: 'Ansible docs: Kerberos Authentication',
		url: ansibleDocs('windows_winrm_kerberos'),
		file: 'tools/ansible/windows_winrm_kerberos.rst',
		sections: 'heading',
	},
	'ansible-windows-winrm-certificate': {
		title: 'Ansible docs: WinRM Certificate Authentication',
		url: ansibleDocs('windows_winrm_certificate'),
		file: 'tools/ansible/windows_winrm_certificate.rst',
		sections: 'heading',
	},
	'ansible-windows-ssh': {
		title: 'Ansible docs: Windows SSH',
		url: ansibleDocs('windows_ssh'),
		file: 'tools/ansible/windows_ssh.rst',
		sections: 'heading',
	},
	'ansible-winrm-plugin': {
		title: "Ansible's winrm connection plugin (winrm.py)",
		url: ansible('lib/ansible/plugins/connection/winrm.py'),
		file: 'tools/ansible/lib/ansible/plugins/connection/winrm.py',
		sections: 'name',
	},
	'ansible-psrp-plugin': {
		title: "Ansible's psrp connection plugin (psrp.py)",
		url: ansible('lib/ansible/plugins/connection/psrp.py'),
		file: 'tools/ansible/lib/ansible/plugins/connection/psrp.py',
		sections: 'name',
	},
	'pywinrm-readme': {
		title: 'pywinrm README',
		url: pywinrm('README.md'),
		file: 'tools/pywinrm/README.md',
		sections: 'heading',
	},
	'pywinrm-init': {
		title: 'pywinrm source: winrm/__init__.py',
		url: pywinrm('winrm/__init__.py'),
		file: 'tools/pywinrm/winrm/__init__.py',
		sections: 'name',
	},
	'pywinrm-exceptions': {
		title: 'pywinrm source: winrm/exceptions.py',
		url: pywinrm('winrm/exceptions.py'),
		file: 'tools/pywinrm/winrm/exceptions.py',
		sections: 'name',
	},
	'pywinrm-protocol': {
		title: 'pywinrm source: winrm/protocol.py',
		url: pywinrm('winrm/protocol.py'),
		file: 'tools/pywinrm/winrm/protocol.py',
		sections: 'name',
	},
	'pywinrm-transport': {
		title: 'pywinrm source: winrm/transport.py',
		url: pywinrm('winrm/transport.py'),
		file: 'tools/pywinrm/winrm/transport.py',
		sections: 'name',
	},
	'pywinrm-requests-kerberos-exceptions': {
		title: 'pywinrm source: vendored requests_kerberos exceptions.py',
		url: pywinrm('winrm/vendor/requests_kerberos/exceptions.py'),
		file: 'tools/pywinrm/winrm/vendor/requests_kerberos/exceptions.py',
		sections: 'name',
	},
	'pywinrm-requests-kerberos': {
		title: 'pywinrm source: vendored requests_kerberos kerberos_.py',
		url: pywinrm('winrm/vendor/requests_kerberos/kerberos_.py'),
		file: 'tools/pywinrm/winrm/vendor/requests_kerberos/kerberos_.py',
		sections: 'name',
	},
	'ruby-winrm-readme': {
		title: 'Ruby WinRM gem README',
		url: rubyWinrm('README.md'),
		file: 'tools/ruby-winrm/README.md',
		sections: 'heading',
	},
	'ruby-winrm-exceptions': {
		title: 'Ruby WinRM gem source: lib/winrm/exceptions.rb',
		url: rubyWinrm('lib/winrm/exceptions.rb'),
		file: 'tools/ruby-winrm/lib/winrm/exceptions.rb',
		sections: 'name',
	},
	'ruby-winrm-response-handler': {
		title: 'Ruby WinRM gem source: lib/winrm/http/response_handler.rb',
		url: rubyWinrm('lib/winrm/http/response_handler.rb'),
		file: 'tools/ruby-winrm/lib/winrm/http/response_handler.rb',
		sections: 'name',
	},
	'ruby-winrm-transport': {
		title: 'Ruby WinRM gem source: lib/winrm/http/transport.rb',
		url: rubyWinrm('lib/winrm/http/transport.rb'),
		file: 'tools/ruby-winrm/lib/winrm/http/transport.rb',
		sections: 'name',
	},
	'ruby-winrm-transport-factory': {
		title: 'Ruby WinRM gem source: lib/winrm/http/transport_factory.rb',
		url: rubyWinrm('lib/winrm/http/transport_factory.rb'),
		file: 'tools/ruby-winrm/lib/winrm/http/transport_factory.rb',
		sections: 'name',
	},
	'go-winrm-readme': {
		title: 'Go winrm library README (masterzen/winrm)',
		url: goWinrm('README.md'),
		file: 'tools/go-winrm/README.md',
		sections: 'heading',
	},
	'go-winrm-auth': {
		title: 'Go winrm library source: auth.go',
		url: goWinrm('auth.go'),
		file: 'tools/go-winrm/auth.go',
		sections: 'name',
	},
	'go-winrm-client': {
		title: 'Go winrm library source: client.go',
		url: goWinrm('client.go'),
		file: 'tools/go-winrm/client.go',
		sections: 'name',
	},
	'go-winrm-endpoint': {
		title: 'Go winrm library source: endpoint.go',
		url: goWinrm('endpoint.go'),
		file: 'tools/go-winrm/endpoint.go',
		sections: 'name',
	},
	'go-winrm-error': {
		title: 'Go winrm library source: error.go',
		url: goWinrm('error.go'),
		file: 'tools/go-winrm/error.go',
		sections: 'name',
	},
	'go-winrm-http': {
		title: 'Go winrm library source: http.go',
		url: goWinrm('http.go'),
		file: 'tools/go-winrm/http.go',
		sections: 'name',
	},
	'go-winrm-kerberos': {
		title: 'Go winrm library source: kerberos.go',
		url: goWinrm('kerberos.go'),
		file: 'tools/go-winrm/kerberos.go',
		sections: 'name',
	},
	'go-winrm-ntlm': {
		title: 'Go winrm library source: ntlm.go',
		url: goWinrm('ntlm.go'),
		file: 'tools/go-winrm/ntlm.go',
		sections: 'name',
	},
	'packer-step-connect-winrm': {
		title: 'Packer plugin SDK: step_connect_winrm.go',
		url: packer('communicator/step_connect_winrm.go'),
		file: 'tools/packer/communicator/step_connect_winrm.go',
		sections: 'name',
	},
	'packer-winrm-config': {
		title: 'Packer plugin SDK: communicator/winrm.go',
		url: packer('communicator/winrm.go'),
		file: 'tools/packer/communicator/winrm.go',
		sections: 'name',
	},
	'packer-winrm-communicator': {
		title: 'Packer plugin SDK: the WinRM communicator (communicator.go)',
		url: packer('sdk-internals/communicator/winrm/communicator.go'),
		file: 'tools/packer/sdk-internals/communicator/winrm/communicator.go',
		sections: 'name',
	},
	'packer-winrm-communicator-config': {
		title: "Packer plugin SDK: the WinRM communicator's config.go",
		url: packer('sdk-internals/communicator/winrm/config.go'),
		file: 'tools/packer/sdk-internals/communicator/winrm/config.go',
		sections: 'name',
	},
	'packer-winrm-options': {
		title: "Packer docs: the WinRM communicator's options",
		url: packer('cmd/packer-sdc/internal/renderdocs/docs-partials/packer-plugin-sdk/communicator/WinRM-not-required.mdx'),
		file: 'tools/packer/cmd/packer-sdc/internal/renderdocs/docs-partials/packer-plugin-sdk/communicator/WinRM-not-required.mdx',
		sections: 'name',
	},
	'packer-winrm-required': {
		title: "Packer docs: the WinRM communicator's required options",
		url: packer('cmd/packer-sdc/internal/renderdocs/docs-partials/packer-plugin-sdk/communicator/WinRM.mdx'),
		file: 'tools/packer/cmd/packer-sdc/internal/renderdocs/docs-partials/packer-plugin-sdk/communicator/WinRM.mdx',
		sections: 'name',
	},
} as const satisfies Record<string, PrimarySource>;

/** The cmdlet reference pages vendored under `sources/cmdlet-reference/`, as scripts/index-cmdlet-reference.mjs lists them. */
const REFERENCE_VERSIONS: Record<string, string> = {
	'5.1': 'PowerShell 5.1',
	'7.6': 'PowerShell 7.6',
	winserver2025: 'Windows Server 2025',
};

/** A cmdlet's reference page, cited as `cmdlet-<version folder>/<Cmdlet>`, such as `cmdlet-7.6/Remove-PSSession`. */
export type CmdletSourceId = `cmdlet-${string}/${string}`;

const CMDLET_SOURCES = Object.fromEntries(
	cmdletReference.map(({ version, module, cmdlet, url }): [CmdletSourceId, PrimarySource] => [
		`cmdlet-${version}/${cmdlet}`,
		{
			title: `${cmdlet} (${REFERENCE_VERSIONS[version] ?? version})`,
			url,
			file: `cmdlet-reference/${version}/${module}/${cmdlet}.md`,
			sections: 'heading',
		},
	])
);

export type SourceId = keyof typeof NAMED_SOURCES | CmdletSourceId;
const SOURCES = new Map<string, PrimarySource>([
	...Object.entries(CMDLET_SOURCES),
	...Object.entries(NAMED_SOURCES),
]);
export const SOURCE_IDS = [...SOURCES.keys()] as [SourceId, ...SourceId[]];

/** The source with this id; the content schema admits only ids of `SOURCE_IDS`. */
export function sourceOf(id: SourceId): PrimarySource {
	const source = SOURCES.get(id);
	if (!source) throw new Error(`No primary source has the id "${id}" (see src/content/sources.ts)`);
	return source;
}
