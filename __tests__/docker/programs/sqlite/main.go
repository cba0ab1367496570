package main

// #cgo LDFLAGS: -lsqlite3
// #include <sqlite3.h>
import "C"
import "fmt"

func main() { fmt.Println("abigap-ok", C.GoString(C.sqlite3_libversion())) }
