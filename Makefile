# Centric: `make run` runs the main job on Corpora/ with Lexicons/; `make test` runs every test.
# Both install the Debian packages they need when missing (as root, non-interactively), then build.

SWIFT ?= swift
# C libraries and data the package builds and tests against (see README, "Dependencies").
APT_PACKAGES := pkg-config libxml2-dev libstemmer-dev libcld2-dev libuchardet-dev libsqlite3-dev zlib1g-dev snowball-data wdutch chromium fonts-dejavu-core
BINARY := .build/release/centric

.PHONY: all build release run test deps clean

all: build

# Installs only what is missing; a machine that has everything never calls apt.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product centric

run: release
	$(BINARY) run

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build out
