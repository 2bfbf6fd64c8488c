# mlops-lab — build, run, test, benchmark and install.
SWIFT ?= swift
PREFIX ?= /usr/local
BUILD_PACKAGES = libedit-dev pkg-config
TEST_PACKAGES = $(BUILD_PACKAGES) tmux

.PHONY: run build test bench install clean

## run: build and start the REPL
run: build
	@./.build/debug/mlops-lab

build:
	@scripts/ensure-packages $(BUILD_PACKAGES)
	$(SWIFT) build --product mlops-lab

## test: the whole test suite (unit, golden files, end to end in a pseudo-terminal)
test:
	@scripts/ensure-packages $(TEST_PACKAGES)
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: release-build benchmarks (a benchmark is never a test: nothing here fails on timing)
# The program is linked with a static Swift runtime, as installed: it starts faster.
bench:
	@scripts/ensure-packages $(BUILD_PACKAGES)
	$(SWIFT) build -c release --product mlops-lab --static-swift-stdlib
	$(SWIFT) build -c release --product mlops-lab-bench
	./.build/release/mlops-lab-bench --binary ./.build/release/mlops-lab

## install: the binary in PREFIX/bin, the course in PREFIX/share/mlops-lab
install:
	@scripts/ensure-packages $(BUILD_PACKAGES)
	$(SWIFT) build -c release --product mlops-lab --static-swift-stdlib
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/mlops-lab
	install -m 0755 .build/release/mlops-lab $(DESTDIR)$(PREFIX)/bin/mlops-lab
	cp -R $(wildcard curriculum quizzes labs) $(DESTDIR)$(PREFIX)/share/mlops-lab/

clean:
	rm -rf .build
