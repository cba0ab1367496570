// probe prints what a program sees of its sandbox: /etc/hosts, the hostname, the environment, the working
// directory, what localhost resolves to, and the network interfaces (the pure Go resolver: built with CGO_ENABLED=0 it runs everywhere).
package main

import (
	"encoding/json"
	"net"
	"os"
	"sort"
)

func main() {
	out := map[string]interface{}{}
	hosts, err := os.ReadFile("/etc/hosts")
	out["hosts"] = string(hosts)
	if err != nil {
		out["hostsError"] = err.Error()
	}
	name, err := os.Hostname()
	out["hostname"] = name
	if err != nil {
		out["hostnameError"] = err.Error()
	}
	env := os.Environ()
	sort.Strings(env)
	out["env"] = env
	cwd, err := os.Getwd()
	out["cwd"] = cwd
	if err != nil {
		out["cwdError"] = err.Error()
	}
	addrs, err := net.LookupHost("localhost")
	sort.Strings(addrs)
	out["localhost"] = addrs
	if err != nil {
		out["localhostError"] = err.Error()
	}
	var ifaces []string
	if list, err := net.Interfaces(); err == nil {
		for _, i := range list {
			ifaces = append(ifaces, i.Name)
		}
	} else {
		out["interfacesError"] = err.Error()
	}
	sort.Strings(ifaces)
	out["interfaces"] = ifaces
	out["uid"] = os.Getuid()
	b, _ := json.Marshal(out)
	os.Stdout.Write(append(b, '\n'))
}
