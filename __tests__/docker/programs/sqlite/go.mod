module example.com/sqlite

go 1.15
