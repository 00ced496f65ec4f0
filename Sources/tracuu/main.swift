import TracuuShell
print("tracuu")
