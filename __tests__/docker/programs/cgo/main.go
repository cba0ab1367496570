package main

// #include <stdio.h>
// static int answer(void) { return 42; }
import "C"
import "fmt"

func main() { fmt.Println("abigap-ok", int(C.answer())) }
