// Hostile and crashing behaviours for the containment tests; the first argument picks one.
#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int try_write(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return 0;
  close(fd);
  return 1;
}

// Opens the stdin and stdout of every other process it can see, writes to them, and counts the ones it opened; then
// tries to stop and kill the container's init.
static int pry(void) {
  DIR *proc = opendir("/proc");
  struct dirent *e;
  int opened = 0;
  char path[64];
  while (proc && (e = readdir(proc))) {
    int pid = atoi(e->d_name);
    if (pid <= 0 || pid == getpid()) continue;
    snprintf(path, sizeof path, "/proc/%d/fd/0", pid);
    int in = open(path, O_WRONLY | O_NONBLOCK);
    if (in >= 0) { opened++; (void)!write(in, "\1\1", 2); close(in); }
    snprintf(path, sizeof path, "/proc/%d/fd/1", pid);
    int out = open(path, O_WRONLY | O_NONBLOCK);
    if (out >= 0) { opened++; (void)!write(out, "\2\0\0\0\0\0\0\0", 8); close(out); }
  }
  printf("opened %d\n", opened);
  kill(1, SIGSTOP);
  kill(1, SIGKILL);
  return 0;
}

int main(int argc, char **argv) {
#ifdef MODE
  const char *mode = argc > 1 ? argv[1] : MODE;
#else
  const char *mode = argc > 1 ? argv[1] : "ok";
#endif
  if (!strcmp(mode, "ok")) { puts("abigap-ok"); return 0; }
  if (!strcmp(mode, "exit3")) return 3;
  if (!strcmp(mode, "pry")) return pry();
  if (!strcmp(mode, "segv")) { volatile int *p = 0; return *p; }
  if (!strcmp(mode, "abrt")) abort();
  if (!strcmp(mode, "ill")) __builtin_trap();
  if (!strcmp(mode, "sleep")) { for (;;) pause(); }
  if (!strcmp(mode, "writer")) { char buf[4096]; memset(buf, 'x', sizeof buf); for (;;) if (write(1, buf, sizeof buf) < 0) return 9; }
  if (!strcmp(mode, "forkbomb")) { for (;;) fork(); }
  if (!strcmp(mode, "daemon")) { if (fork() == 0) { setsid(); for (;;) pause(); } puts("parent exits"); return 0; }
  if (!strcmp(mode, "oom")) {
    size_t total = 0;
    for (;;) { char *p = malloc(1 << 20); if (!p) return 8; memset(p, 1, 1 << 20); total += 1 << 20; }
  }
  if (!strcmp(mode, "net")) {
    // exit 0 would mean the network was reachable; 42 = contained
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) return 42;
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(53) };
    inet_pton(AF_INET, "1.1.1.1", &a.sin_addr);
    if (connect(s, (struct sockaddr *)&a, sizeof a) == 0) { puts("network reachable"); return 0; }
    perror("connect");
    return 42;
  }
  if (!strcmp(mode, "writeroot")) {
    // exit 42 = contained: neither / nor the payload directory is writable (the tmpfs /tmp is)
    int root = try_write("/abigap-was-here"), payload = try_write("/abigap/was-here"), tmp = try_write("/tmp/ok");
    printf("root=%d payload=%d tmp=%d\n", root, payload, tmp);
    return root || payload ? 0 : 42;
  }
  fprintf(stderr, "unknown mode %s\n", mode);
  return 2;
}
