import type { SystemInput } from '../../src/lib/schemas/system';


const taskselServerTest = {
  url: 'https://github.com/deepin-community/tasksel/blob/b154c2ea6bb22105b88e592366fc133ec15a8e86/tests/server',
  title: 'tasksel source (Debian\'s installer task selector, deepin-community mirror): tests/server proposes server tasks on non-desktop installs',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const taskselSshTask = {
  url: 'https://github.com/deepin-community/tasksel/blob/b154c2ea6bb22105b88e592366fc133ec15a8e86/tasks/ssh-server',
  title: 'tasksel source: tasks/ssh-server (the "SSH server" task, installing openssh-server)',
  kind: 'project',
  checked: '2026-11-30',
} as const;

const taskselTestCodes = {
  url: 'https://github.com/deepin-community/tasksel/blob/b154c2ea6bb22105b88e592366fc133ec15a8e86/tasksel.pl',
  title: 'tasksel source: tasksel.pl (exit code 2 means "display, mark for installation")',
  kind: 'project',
  checked: '2026-11-30',
} as const;

export const system: SystemInput = {
  slug: 'debian',
  name: 'Debian',
  kind: 'server',
  versions: '12 (bookworm) and 13 (trixie)',
  summary:
    'Debian installs only what you pick in the installer\'s task list. The one network service it proposes by itself is the SSH server, which is ticked in advance when no desktop is chosen.',
  baseline:
    'A netinst installation that keeps the installer\'s proposed tasks. Installs with a desktop task ticked are not covered here.',
  listeners: [
    {
      ports: [22],
      protocols: ['tcp'],
      service: 'OpenSSH server (remote shell and file transfer)',
      process: 'sshd',
      interfaces: 'all',
      reachable: 'depends',
      reachableWhy: 'Installed and listening on every interface when the "SSH server" task stays ticked, which the installer proposes for installs without a desktop.',
      turnOff: 'Untick "SSH server" in the installer\'s software selection, or later stop and disable the service.',
      turnOffCommand: 'sudo systemctl disable --now ssh.service ssh.socket',
      sources: [taskselSshTask, taskselServerTest, taskselTestCodes],
    },
  ],
};
