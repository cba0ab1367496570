// Hostile and crashing behaviours for the containment tests; the first argument picks one.
#include <arpa/inet.h>
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

int main(int argc, char **argv) {
#ifdef MODE
  const char *mode = argc > 1 ? argv[1] : MODE;
#else
  const char *mode = argc > 1 ? argv[1] : "ok";
#endif
  if (!strcmp(mode, "ok")) { puts("abigap-ok"); return 0; }
  if (!strcmp(mode, "exit3")) return 3;
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
