#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name2, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name2[0]) {
          case "<":
            this.required = true;
            this._name = name2.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name2.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name2;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str2) {
        return stripColor(str2).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str2) {
        return str2;
      }
      styleUsage(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleOptionDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleSubcommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleArgumentDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleDescriptionText(str2) {
        return str2;
      }
      styleOptionTerm(str2) {
        return this.styleOptionText(str2);
      }
      styleSubcommandTerm(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str2) {
        return this.styleArgumentText(str2);
      }
      styleOptionText(str2) {
        return str2;
      }
      styleArgumentText(str2) {
        return str2;
      }
      styleSubcommandText(str2) {
        return str2;
      }
      styleCommandText(str2) {
        return str2;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str2) {
        return /\n[^\S\r\n]/.test(str2);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str2, width) {
        if (width < this.minWidthToWrap) return str2;
        const rawLines = str2.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str2) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str2.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name2) {
        this.envVar = name2;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str2) {
      return str2.split("-").reduce((str3, word) => {
        return str3 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name2) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name2 || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str2) => process2.stdout.write(str2),
          writeErr: (str2) => process2.stderr.write(str2),
          outputError: (str2, write) => write(str2),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str2) => stripColor(str2)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name2, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name2);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name2) {
        return new _Command(name2);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name2, description) {
        return new Argument2(name2, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name2, description, parseArg, defaultValue) {
        const argument = this.createArgument(name2, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name2) => this._findCommand(name2)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name2 = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name2,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name2, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name2);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name2, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name2) {
        if (!name2) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name2 || cmd._aliases.includes(name2)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name2) {
        const message = `error: missing required argument '${name2}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str2, flags, description) {
        if (str2 === void 0) return this._version;
        this._version = str2;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str2}
`);
          this._exit(0, "commander.version", str2);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str2, argsDescription) {
        if (str2 === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str2;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str2) {
        if (str2 === void 0) return this._summary;
        this._summary = str2;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str2) {
        if (str2 === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str2;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str2) {
        if (str2 === void 0) return this._name;
        this._name = str2;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str2) => this._outputConfiguration.writeErr(str2);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str2) => this._outputConfiguration.writeOut(str2);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str2) => {
          if (!hasColors) str2 = this._outputConfiguration.stripColor(str2);
          return baseWrite(str2);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name2) => new Command2(name2);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name2, description) => new Argument2(name2, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var esm_exports = {};
__export(esm_exports, {
  Argument: () => Argument,
  Command: () => Command,
  CommanderError: () => CommanderError,
  Help: () => Help,
  InvalidArgumentError: () => InvalidArgumentError,
  InvalidOptionArgumentError: () => InvalidOptionArgumentError,
  Option: () => Option,
  createArgument: () => createArgument,
  createCommand: () => createCommand,
  createOption: () => createOption,
  program: () => program
});
var import_index, program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help;
var init_esm = __esm({
  "node_modules/commander/esm.mjs"() {
    import_index = __toESM(require_commander(), 1);
    ({
      program,
      createCommand,
      createArgument,
      createOption,
      CommanderError,
      InvalidArgumentError,
      InvalidOptionArgumentError,
      Command: (
        // deprecated old name
        Command
      ),
      Argument,
      Option,
      Help
    } = import_index.default);
  }
});

// src/errors/user-error.ts
var UserError = class extends Error {
  name = "UserError";
  /** What the user got wrong. */
  code;
  constructor(code, message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.code = code;
  }
};

// src/errors/infrastructure-error.ts
var InfrastructureError = class extends Error {
  name = "InfrastructureError";
  /** True when retrying may help (connection reset, 5xx, timeouts). */
  transient;
  constructor(message, opts = {}) {
    super(message, opts.cause === void 0 ? void 0 : { cause: opts.cause });
    this.transient = opts.transient ?? false;
  }
};

// src/errors/exit-code.ts
var ExitCode = {
  /** Every binary runs on every target (or every file was analysed). */
  ok: 0,
  /** ABI gaps: some binary does not run on some target (findings reach fail-on), or a file could not be analysed. */
  findings: 1,
  /** The user's mistake: a flag, an input, the config, a name, a file. */
  usage: 2,
  /** An infrastructure error (engine, registry, image, cancellation) or no target profile: no verdict at all. */
  infrastructure: 3,
  /** A bug in abigap (reported with its stack). */
  internal: 4
};

// src/errors/classify.ts
var USER_EXIT = { profile: ExitCode.infrastructure };
var MAX_CAUSES = 16;
function isAbortError(err) {
  return isErrorLike(err) && (err.name === "AbortError" || err.code === "ABORT_ERR");
}
function classifyError(thrown) {
  const chain = causeChain(thrown);
  const decisive = chain.findIndex((e) => e instanceof UserError || e instanceof InfrastructureError || isAbortError(e));
  if (decisive < 0) {
    const top = isErrorLike(thrown) ? thrown : null;
    return {
      kind: "internal",
      exitCode: ExitCode.internal,
      code: null,
      message: top ? top.message : describeThrown(thrown),
      stack: top ? top.stack ?? `${top.name}: ${top.message}` : describeThrown(thrown),
      error: top
    };
  }
  const error = chain[decisive];
  const message = joinMessages(chain.slice(0, decisive + 1));
  if (error instanceof UserError) {
    return {
      kind: "user",
      exitCode: USER_EXIT[error.code] ?? ExitCode.usage,
      code: error.code,
      message,
      stack: null,
      error
    };
  }
  const text = isAbortError(error) && !/cancel|abort/i.test(message) ? `cancelled (${message})` : message;
  return {
    kind: "infrastructure",
    exitCode: ExitCode.infrastructure,
    code: null,
    message: text.replace(/\s+/g, " ").trim(),
    stack: null,
    error
  };
}
function isErrorLike(v) {
  if (v instanceof Error) return true;
  if (typeof v !== "object" || v === null) return false;
  const { name: name2, message } = v;
  return typeof name2 === "string" && typeof message === "string";
}
function causeChain(thrown) {
  const chain = [thrown];
  let cur = thrown;
  while (chain.length <= MAX_CAUSES && isErrorLike(cur) && isErrorLike(cur.cause)) {
    if (chain.includes(cur.cause)) break;
    cur = cur.cause;
    chain.push(cur);
  }
  return chain;
}
function joinMessages(chain) {
  let text = "";
  for (const e of chain) {
    const m = e.message.trim();
    if (!m || text.includes(m)) continue;
    text = text ? `${text}: ${m}` : m;
  }
  return text || chain[chain.length - 1].name;
}
function describeThrown(thrown) {
  if (typeof thrown === "string") return thrown;
  if (thrown === void 0 || thrown === null) return String(thrown);
  try {
    return `${typeof thrown}: ${JSON.stringify(thrown) ?? String(thrown)}`;
  } catch {
    return String(thrown);
  }
}

// src/cli/output.ts
function neutraliseWorkflowCommands(text) {
  return text.replace(/^(\s*):(?=:)/gm, "$1:\u200B");
}
function printOut(text) {
  process.stdout.write(neutraliseWorkflowCommands(text));
}
function printErr(text) {
  process.stderr.write(neutraliseWorkflowCommands(text));
}
var MAX_SHOWN = 200;
function safeText(s, max = MAX_SHOWN) {
  let out = "";
  for (const ch of s.length > max ? s.slice(0, max) : s) {
    const c = ch.codePointAt(0);
    if (c < 32 || c === 127 || c >= 128 && c < 160) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c === 92) out += "\\\\";
    else out += ch;
  }
  return s.length > max ? `${out}\u2026 (${s.length} chars)` : out;
}

// src/cli/command.ts
function usageError(message) {
  return reportError(new UserError("usage", message));
}
var USER_CONTEXT = {
  config: "invalid matrix config:\n",
  baseline: "--baseline-ref: "
};
function reportError(err) {
  const c = classifyError(err);
  if (c.kind === "user") printErr(`abigap: ${(c.code && USER_CONTEXT[c.code]) ?? ""}${c.message}
`);
  else if (c.kind === "infrastructure") printErr(`abigap: infrastructure error: ${c.message}
`);
  else printErr(`abigap: internal error: ${c.stack ?? c.message}
`);
  return c.exitCode;
}
function reportingErrors(run2) {
  return async (argv) => {
    try {
      return await run2(argv);
    } catch (err) {
      return reportError(err);
    }
  };
}
function parseCommandLine(cmd, argv) {
  cmd.exitOverride().configureOutput({
    writeOut: (s) => process.stdout.write(s),
    writeErr: () => void 0,
    outputError: () => void 0
  });
  try {
    cmd.parse(argv, { from: "user" });
    return null;
  } catch (e) {
    const code = e.code;
    if (typeof code !== "string" || !code.startsWith("commander.")) throw e;
    if (code === "commander.helpDisplayed" || code === "commander.help" || code === "commander.version")
      return ExitCode.ok;
    return usageError(e.message.replace(/^error: /, ""));
  }
}
function exitQuietlyOnClosedPipe() {
  process.stdout.on("error", (err) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

// src/cli/commands/inspect.ts
var import_node_fs3 = require("node:fs");

// src/knowledge/data/musl-history.json
var musl_history_default = {
  generatedBy: "scripts/gen-knowledge.mjs from scripts/knowledge/root-facts.json and musl-releases.mjs",
  releases: ["1.1.24", "1.2.0", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5"],
  since: {
    "1.1.24": "_Exit _IO_feof_unlocked _IO_ferror_unlocked _IO_getc _IO_getc_unlocked _IO_putc _IO_putc_unlocked ___environ __assert_fail __ctype_b_loc __ctype_get_mb_cur_max __ctype_tolower_loc __ctype_toupper_loc __cxa_atexit __cxa_finalize __daylight __dls2b __dls3 __duplocale __environ __errno_location __fbufsize __fgetwc_unlocked __flbf __flt_rounds __fpclassify __fpclassifyf __fpclassifyl __fpending __fpurge __fputwc_unlocked __freadable __freadahead __freading __freadptr __freadptrinc __freelocale __fseterr __fsetlocking __fwritable __fwriting __fxstat __fxstat64 __fxstatat __fxstatat64 __getdelim __h_errno_location __isalnum_l __isalpha_l __isblank_l __iscntrl_l __isdigit_l __isgraph_l __islower_l __isoc99_fscanf __isoc99_fwscanf __isoc99_scanf __isoc99_sscanf __isoc99_swscanf __isoc99_vfscanf __isoc99_vfwscanf __isoc99_vscanf __isoc99_vsscanf __isoc99_vswscanf __isoc99_vwscanf __isoc99_wscanf __isprint_l __ispunct_l __isspace_l __isupper_l __iswalnum_l __iswalpha_l __iswblank_l __iswcntrl_l __iswctype_l __iswdigit_l __iswgraph_l __iswlower_l __iswprint_l __iswpunct_l __iswspace_l __iswupper_l __iswxdigit_l __isxdigit_l __lgammal_r __libc_current_sigrtmax __libc_current_sigrtmin __libc_start_main __lxstat __lxstat64 __newlocale __nl_langinfo __nl_langinfo_l __optpos __optreset __overflow __posix_getopt __progname __progname_full __res_state __sched_cpucount __setjmp __signbit __signbitf __signbitl __signgam __sigsetjmp __stack_chk_fail __stack_chk_guard __strcasecmp_l __strcoll_l __strerror_l __strncasecmp_l __strtod_l __strtof_l __strtoimax_internal __strtol_internal __strtold_l __strtoll_internal __strtoul_internal __strtoull_internal __strtoumax_internal __strxfrm_l __sysv_signal __timezone __tls_get_addr __tolower_l __toupper_l __towctrans_l __towlower_l __towupper_l __tzname __uflow __uselocale __wcscoll_l __wcsftime_l __wcsxfrm_l __wctrans_l __wctype_l __xmknod __xmknodat __xpg_basename __xpg_strerror_r __xstat __xstat64 _dl_debug_addr _dl_debug_state _dlstart _environ _exit _fini _flushlbf _init _longjmp _ns_flagdata _pthread_cleanup_pop _pthread_cleanup_push _setjmp a64l abort abs accept accept4 access acct acos acosf acosh acoshf acoshl acosl addmntent adjtime adjtimex aio_cancel aio_cancel64 aio_error aio_error64 aio_fsync aio_fsync64 aio_read aio_read64 aio_return aio_return64 aio_suspend aio_suspend64 aio_write aio_write64 alarm aligned_alloc alphasort alphasort64 arch_prctl asctime asctime_r asin asinf asinh asinhf asinhl asinl asprintf at_quick_exit atan atan2 atan2f atan2l atanf atanh atanhf atanhl atanl atexit atof atoi atol atoll basename bcmp bcopy bind bind_textdomain_codeset bindtextdomain brk bsd_signal bsearch btowc bzero c16rtomb c32rtomb cabs cabsf cabsl cacos cacosf cacosh cacoshf cacoshl cacosl call_once calloc capget capset carg cargf cargl casin casinf casinh casinhf casinhl casinl catan catanf catanh catanhf catanhl catanl catclose catgets catopen cbrt cbrtf cbrtl ccos ccosf ccosh ccoshf ccoshl ccosl ceil ceilf ceill cexp cexpf cexpl cfgetispeed cfgetospeed cfmakeraw cfsetispeed cfsetospeed cfsetspeed chdir chmod chown chroot cimag cimagf cimagl clearenv clearerr clearerr_unlocked clock clock_adjtime clock_getcpuclockid clock_getres clock_gettime clock_nanosleep clock_settime clog clogf clogl clone close closedir closelog cnd_broadcast cnd_destroy cnd_init cnd_signal cnd_timedwait cnd_wait confstr conj conjf conjl connect copy_file_range copysign copysignf copysignl cos cosf cosh coshf coshl cosl cpow cpowf cpowl cproj cprojf cprojl creal crealf creall creat creat64 crypt crypt_r csin csinf csinh csinhf csinhl csinl csqrt csqrtf csqrtl ctan ctanf ctanh ctanhf ctanhl ctanl ctermid ctime ctime_r cuserid daemon daylight dcgettext dcngettext delete_module dgettext difftime dirfd dirname div dl_iterate_phdr dladdr dlclose dlerror dlinfo dlopen dlsym dn_comp dn_expand dn_skipname dngettext dprintf drand48 drem dremf dup dup2 dup3 duplocale eaccess ecvt encrypt endgrent endhostent endmntent endnetent endprotoent endpwent endservent endspent endusershell endutent endutxent environ epoll_create epoll_create1 epoll_ctl epoll_pwait epoll_wait erand48 erf erfc erfcf erfcl erff erfl err errx ether_aton ether_aton_r ether_hostton ether_line ether_ntoa ether_ntoa_r ether_ntohost euidaccess eventfd eventfd_read eventfd_write execl execle execlp execv execve execvp execvpe exit exp exp10 exp10f exp10l exp2 exp2f exp2l expf expl explicit_bzero expm1 expm1f expm1l fabs fabsf fabsl faccessat fallocate fallocate64 fanotify_init fanotify_mark fchdir fchmod fchmodat fchown fchownat fclose fcntl fcvt fdatasync fdim fdimf fdiml fdopen fdopendir feclearexcept fegetenv fegetexceptflag fegetround feholdexcept feof feof_unlocked feraiseexcept ferror ferror_unlocked fesetenv fesetexceptflag fesetround fetestexcept feupdateenv fexecve fflush fflush_unlocked ffs ffsl ffsll fgetc fgetc_unlocked fgetgrent fgetln fgetpos fgetpos64 fgetpwent fgets fgets_unlocked fgetspent fgetwc fgetwc_unlocked fgetws fgetws_unlocked fgetxattr fileno fileno_unlocked finite finitef flistxattr flock flockfile floor floorf floorl fma fmaf fmal fmax fmaxf fmaxl fmemopen fmin fminf fminl fmod fmodf fmodl fmtmsg fnmatch fopen fopen64 fopencookie fork forkpty fpathconf fprintf fpurge fputc fputc_unlocked fputs fputs_unlocked fputwc fputwc_unlocked fputws fputws_unlocked fread fread_unlocked free freeaddrinfo freeifaddrs freelocale fremovexattr freopen freopen64 frexp frexpf frexpl fscanf fseek fseeko fseeko64 fsetpos fsetpos64 fsetxattr fstat fstat64 fstatat fstatat64 fstatfs fstatfs64 fstatvfs fstatvfs64 fsync ftell ftello ftello64 ftime ftok ftruncate ftruncate64 ftrylockfile fts_children fts_close fts_open fts_read fts_set ftw ftw64 funlockfile futimens futimes futimesat fwide fwprintf fwrite fwrite_unlocked fwscanf gai_strerror gcvt get_avphys_pages get_current_dir_name get_nprocs get_nprocs_conf get_phys_pages getaddrinfo getauxval getc getc_unlocked getchar getchar_unlocked getcwd getdate getdate_err getdelim getdents getdents64 getdomainname getdtablesize getegid getentropy getenv geteuid getgid getgrent getgrgid getgrgid_r getgrnam getgrnam_r getgrouplist getgroups gethostbyaddr gethostbyaddr_r gethostbyname gethostbyname2 gethostbyname2_r gethostbyname_r gethostent gethostid gethostname getifaddrs getitimer getline getloadavg getlogin getlogin_r getmntent getmntent_r getnameinfo getnetbyaddr getnetbyname getnetent getopt getopt_long getopt_long_only getpagesize getpass getpeername getpgid getpgrp getpid getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwnam_r getpwuid getpwuid_r getrandom getresgid getresuid getrlimit getrlimit64 getrusage gets getservbyname getservbyname_r getservbyport getservbyport_r getservent getsid getsockname getsockopt getspent getspnam getspnam_r getsubopt gettext gettimeofday getuid getusershell getutent getutid getutline getutxent getutxid getutxline getw getwc getwc_unlocked getwchar getwchar_unlocked getxattr glob glob64 globfree globfree64 gmtime gmtime_r grantpt h_errno hasmntopt hcreate hcreate_r hdestroy hdestroy_r herror hsearch hsearch_r hstrerror htonl htons hypot hypotf hypotl iconv iconv_close iconv_open if_freenameindex if_indextoname if_nameindex if_nametoindex ilogb ilogbf ilogbl imaxabs imaxdiv in6addr_any in6addr_loopback index inet_addr inet_aton inet_lnaof inet_makeaddr inet_netof inet_network inet_ntoa inet_ntop inet_pton init_module initgroups initstate inotify_add_watch inotify_init inotify_init1 inotify_rm_watch insque ioctl ioperm iopl isalnum isalnum_l isalpha isalpha_l isascii isastream isatty isblank isblank_l iscntrl iscntrl_l isdigit isdigit_l isgraph isgraph_l islower islower_l isprint isprint_l ispunct ispunct_l issetugid isspace isspace_l isupper isupper_l iswalnum iswalnum_l iswalpha iswalpha_l iswblank iswblank_l iswcntrl iswcntrl_l iswctype iswctype_l iswdigit iswdigit_l iswgraph iswgraph_l iswlower iswlower_l iswprint iswprint_l iswpunct iswpunct_l iswspace iswspace_l iswupper iswupper_l iswxdigit iswxdigit_l isxdigit isxdigit_l j0 j0f j1 j1f jn jnf jrand48 kill killpg klogctl l64a labs lchmod lchown lckpwdf lcong48 ldexp ldexpf ldexpl ldiv lfind lgamma lgamma_r lgammaf lgammaf_r lgammal lgammal_r lgetxattr link linkat lio_listio lio_listio64 listen listxattr llabs lldiv llistxattr llrint llrintf llrintl llround llroundf llroundl localeconv localtime localtime_r lockf lockf64 log log10 log10f log10l log1p log1pf log1pl log2 log2f log2l logb logbf logbl logf login_tty logl longjmp lrand48 lremovexattr lrint lrintf lrintl lround lroundf lroundl lsearch lseek lseek64 lsetxattr lstat lstat64 lutimes madvise malloc malloc_usable_size mblen mbrlen mbrtoc16 mbrtoc32 mbrtowc mbsinit mbsnrtowcs mbsrtowcs mbstowcs mbtowc memalign membarrier memccpy memchr memcmp memcpy memfd_create memmem memmove mempcpy memrchr memset mincore mkdir mkdirat mkdtemp mkfifo mkfifoat mknod mknodat mkostemp mkostemp64 mkostemps mkostemps64 mkstemp mkstemp64 mkstemps mkstemps64 mktemp mktime mlock mlock2 mlockall mmap mmap64 modf modff modfl mount mprotect mq_close mq_getattr mq_notify mq_open mq_receive mq_send mq_setattr mq_timedreceive mq_timedsend mq_unlink mrand48 mremap msgctl msgget msgrcv msgsnd msync mtx_destroy mtx_init mtx_lock mtx_timedlock mtx_trylock mtx_unlock munlock munlockall munmap name_to_handle_at nan nanf nanl nanosleep nearbyint nearbyintf nearbyintl newlocale nextafter nextafterf nextafterl nexttoward nexttowardf nexttowardl nftw nftw64 ngettext nice nl_langinfo nl_langinfo_l nrand48 ns_get16 ns_get32 ns_initparse ns_name_uncompress ns_parserr ns_put16 ns_put32 ns_skiprr ntohl ntohs open open64 open_by_handle_at open_memstream open_wmemstream openat openat64 opendir openlog openpty optarg opterr optind optopt optreset pathconf pause pclose perror personality pipe pipe2 pivot_root poll popen posix_close posix_fadvise posix_fadvise64 posix_fallocate posix_fallocate64 posix_madvise posix_memalign posix_openpt posix_spawn posix_spawn_file_actions_addchdir_np posix_spawn_file_actions_addclose posix_spawn_file_actions_adddup2 posix_spawn_file_actions_addfchdir_np posix_spawn_file_actions_addopen posix_spawn_file_actions_destroy posix_spawn_file_actions_init posix_spawnattr_destroy posix_spawnattr_getflags posix_spawnattr_getpgroup posix_spawnattr_getschedparam posix_spawnattr_getschedpolicy posix_spawnattr_getsigdefault posix_spawnattr_getsigmask posix_spawnattr_init posix_spawnattr_setflags posix_spawnattr_setpgroup posix_spawnattr_setschedparam posix_spawnattr_setschedpolicy posix_spawnattr_setsigdefault posix_spawnattr_setsigmask posix_spawnp pow pow10 pow10f pow10l powf powl ppoll prctl pread pread64 preadv preadv64 printf prlimit prlimit64 process_vm_readv process_vm_writev program_invocation_name program_invocation_short_name pselect psiginfo psignal pthread_atfork pthread_attr_destroy pthread_attr_getdetachstate pthread_attr_getguardsize pthread_attr_getinheritsched pthread_attr_getschedparam pthread_attr_getschedpolicy pthread_attr_getscope pthread_attr_getstack pthread_attr_getstacksize pthread_attr_init pthread_attr_setdetachstate pthread_attr_setguardsize pthread_attr_setinheritsched pthread_attr_setschedparam pthread_attr_setschedpolicy pthread_attr_setscope pthread_attr_setstack pthread_attr_setstacksize pthread_barrier_destroy pthread_barrier_init pthread_barrier_wait pthread_barrierattr_destroy pthread_barrierattr_getpshared pthread_barrierattr_init pthread_barrierattr_setpshared pthread_cancel pthread_cond_broadcast pthread_cond_destroy pthread_cond_init pthread_cond_signal pthread_cond_timedwait pthread_cond_wait pthread_condattr_destroy pthread_condattr_getclock pthread_condattr_getpshared pthread_condattr_init pthread_condattr_setclock pthread_condattr_setpshared pthread_create pthread_detach pthread_equal pthread_exit pthread_getaffinity_np pthread_getattr_default_np pthread_getattr_np pthread_getconcurrency pthread_getcpuclockid pthread_getschedparam pthread_getspecific pthread_join pthread_key_create pthread_key_delete pthread_kill pthread_mutex_consistent pthread_mutex_destroy pthread_mutex_getprioceiling pthread_mutex_init pthread_mutex_lock pthread_mutex_setprioceiling pthread_mutex_timedlock pthread_mutex_trylock pthread_mutex_unlock pthread_mutexattr_destroy pthread_mutexattr_getprotocol pthread_mutexattr_getpshared pthread_mutexattr_getrobust pthread_mutexattr_gettype pthread_mutexattr_init pthread_mutexattr_setprotocol pthread_mutexattr_setpshared pthread_mutexattr_setrobust pthread_mutexattr_settype pthread_once pthread_rwlock_destroy pthread_rwlock_init pthread_rwlock_rdlock pthread_rwlock_timedrdlock pthread_rwlock_timedwrlock pthread_rwlock_tryrdlock pthread_rwlock_trywrlock pthread_rwlock_unlock pthread_rwlock_wrlock pthread_rwlockattr_destroy pthread_rwlockattr_getpshared pthread_rwlockattr_init pthread_rwlockattr_setpshared pthread_self pthread_setaffinity_np pthread_setattr_default_np pthread_setcancelstate pthread_setcanceltype pthread_setconcurrency pthread_setname_np pthread_setschedparam pthread_setschedprio pthread_setspecific pthread_sigmask pthread_spin_destroy pthread_spin_init pthread_spin_lock pthread_spin_trylock pthread_spin_unlock pthread_testcancel pthread_timedjoin_np pthread_tryjoin_np ptrace ptsname ptsname_r putc putc_unlocked putchar putchar_unlocked putenv putgrent putpwent puts putspent pututline pututxline putw putwc putwc_unlocked putwchar putwchar_unlocked pwrite pwrite64 pwritev pwritev64 qsort quick_exit quotactl raise rand rand_r random read readahead readdir readdir64 readdir64_r readdir_r readlink readlinkat readv realloc realpath reboot recv recvfrom recvmmsg recvmsg regcomp regerror regexec regfree remainder remainderf remainderl remap_file_pages remove removexattr remque remquo remquof remquol rename renameat res_init res_mkquery res_query res_querydomain res_search res_send rewind rewinddir rindex rint rintf rintl rmdir round roundf roundl sbrk scalb scalbf scalbln scalblnf scalblnl scalbn scalbnf scalbnl scandir scandir64 scanf sched_get_priority_max sched_get_priority_min sched_getaffinity sched_getcpu sched_getparam sched_getscheduler sched_rr_get_interval sched_setaffinity sched_setparam sched_setscheduler sched_yield secure_getenv seed48 seekdir select sem_close sem_destroy sem_getvalue sem_init sem_open sem_post sem_timedwait sem_trywait sem_unlink sem_wait semctl semget semop semtimedop send sendfile sendfile64 sendmmsg sendmsg sendto setbuf setbuffer setdomainname setegid setenv seteuid setfsgid setfsuid setgid setgrent setgroups sethostent sethostname setitimer setjmp setkey setlinebuf setlocale setlogmask setmntent setnetent setns setpgid setpgrp setpriority setprotoent setpwent setregid setresgid setresuid setreuid setrlimit setrlimit64 setservent setsid setsockopt setspent setstate settimeofday setuid setusershell setutent setutxent setvbuf setxattr shm_open shm_unlink shmat shmctl shmdt shmget shutdown sigaction sigaddset sigaltstack sigandset sigdelset sigemptyset sigfillset sighold sigignore siginterrupt sigisemptyset sigismember siglongjmp signal signalfd signgam significand significandf sigorset sigpause sigpending sigprocmask sigqueue sigrelse sigset sigsetjmp sigsuspend sigtimedwait sigwait sigwaitinfo sin sincos sincosf sincosl sinf sinh sinhf sinhl sinl sleep snprintf sockatmark socket socketpair splice sprintf sqrt sqrtf sqrtl srand srand48 srandom sscanf stat stat64 statfs statfs64 statvfs statvfs64 stderr stdin stdout stime stpcpy stpncpy strcasecmp strcasecmp_l strcasestr strcat strchr strchrnul strcmp strcoll strcoll_l strcpy strcspn strdup strerror strerror_l strerror_r strfmon strfmon_l strftime strftime_l strlcat strlcpy strlen strncasecmp strncasecmp_l strncat strncmp strncpy strndup strnlen strpbrk strptime strrchr strsep strsignal strspn strstr strtod strtod_l strtof strtof_l strtoimax strtok strtok_r strtol strtold strtold_l strtoll strtoul strtoull strtoumax strverscmp strxfrm strxfrm_l swab swapoff swapon swprintf swscanf symlink symlinkat sync sync_file_range syncfs syscall sysconf sysinfo syslog system tan tanf tanh tanhf tanhl tanl tcdrain tcflow tcflush tcgetattr tcgetpgrp tcgetsid tcsendbreak tcsetattr tcsetpgrp tdelete tdestroy tee telldir tempnam textdomain tfind tgamma tgammaf tgammal thrd_create thrd_current thrd_detach thrd_equal thrd_exit thrd_join thrd_sleep thrd_yield time timegm timer_create timer_delete timer_getoverrun timer_gettime timer_settime timerfd_create timerfd_gettime timerfd_settime times timespec_get timezone tmpfile tmpfile64 tmpnam toascii tolower tolower_l toupper toupper_l towctrans towctrans_l towlower towlower_l towupper towupper_l trunc truncate truncate64 truncf truncl tsearch tss_create tss_delete tss_get tss_set ttyname ttyname_r twalk tzname tzset ualarm ulckpwdf ulimit umask umount umount2 uname ungetc ungetwc unlink unlinkat unlockpt unsetenv unshare updwtmp updwtmpx uselocale usleep utime utimensat utimes utmpname utmpxname valloc vasprintf vdprintf verr verrx versionsort versionsort64 vfork vfprintf vfscanf vfwprintf vfwscanf vhangup vmsplice vprintf vscanf vsnprintf vsprintf vsscanf vswprintf vswscanf vsyslog vwarn vwarnx vwprintf vwscanf wait wait3 wait4 waitid waitpid warn warnx wcpcpy wcpncpy wcrtomb wcscasecmp wcscasecmp_l wcscat wcschr wcscmp wcscoll wcscoll_l wcscpy wcscspn wcsdup wcsftime wcsftime_l wcslen wcsncasecmp wcsncasecmp_l wcsncat wcsncmp wcsncpy wcsnlen wcsnrtombs wcspbrk wcsrchr wcsrtombs wcsspn wcsstr wcstod wcstof wcstoimax wcstok wcstol wcstold wcstoll wcstombs wcstoul wcstoull wcstoumax wcswcs wcswidth wcsxfrm wcsxfrm_l wctob wctomb wctrans wctrans_l wctype wctype_l wcwidth wmemchr wmemcmp wmemcpy wmemmove wmemset wordexp wordfree wprintf write writev wscanf y0 y0f y1 y1f yn ynf",
    "1.2.2": "_Fork gettid reallocarray tcgetwinsize tcsetwinsize",
    "1.2.3": "pthread_getname_np qsort_r",
    "1.2.5": "preadv2 pwritev2 statx"
  },
  removed: {
    "1.2.4": "__fxstat64 __fxstatat64 __lxstat64 __xstat64 aio_cancel64 aio_error64 aio_fsync64 aio_read64 aio_return64 aio_suspend64 aio_write64 alphasort64 creat64 fallocate64 fgetpos64 fopen64 freopen64 fseeko64 fsetpos64 fstat64 fstatat64 fstatfs64 fstatvfs64 ftello64 ftruncate64 ftw64 getdents64 getrlimit64 glob64 globfree64 lio_listio64 lockf64 lseek64 lstat64 mkostemp64 mkostemps64 mkstemp64 mkstemps64 mmap64 nftw64 open64 openat64 posix_fadvise64 posix_fallocate64 pread64 preadv64 prlimit64 pwrite64 pwritev64 readdir64 readdir64_r scandir64 sendfile64 setrlimit64 stat64 statfs64 statvfs64 tmpfile64 truncate64 versionsort64"
  },
  sources: {
    "1.2.5": "real: Debian trixie package musl (image abigap-test/builder-trixie, /usr/lib/x86_64-linux-musl/libc.so), minus renameat2 is musl commit 05ce67fe (2024-05-06), after v1.2.5: a Debian backport",
    "1.2.4": 'derived from 1.2.5: musl WHATSNEW 1.2.5 ("statx function", "preadv2 and pwritev2"); v1.2.4..v1.2.5 adds src/linux/{statx,preadv2,pwritev2}.c',
    "1.2.3": "real: Debian package musl 1.2.3-1 (/usr/lib/x86_64-linux-musl/libc.so), plus src/crypt/ ships in upstream v1.2.3; Debian 1.2.3-1 omits it; equals 1.2.5 minus its additions plus the LFS64 aliases",
    "1.2.2": "derived from 1.2.3: musl WHATSNEW 1.2.3; v1.2.2..v1.2.3 adds src/stdlib/qsort_nr.c, src/thread/pthread_getname_np.c",
    "1.2.1": "derived from 1.2.2: musl WHATSNEW 1.2.2; v1.2.1..v1.2.2 adds src/process/_Fork.c, src/malloc/reallocarray.c, src/linux/gettid.c, src/termios/tc{get,set}winsize.c",
    "1.2.0": "derived from 1.2.1: musl v1.2.0..v1.2.1 adds only internal files (mallocng)",
    "1.1.24": "derived from 1.2.0: musl WHATSNEW 1.2.0: time64 on 32-bit archs only; no new functions on 64-bit"
  }
};

// src/elf/requires.ts
var FAMILY = /^(.+)_(\d+(?:\.\d+)*)$/;
function splitVersion(name2) {
  const m = FAMILY.exec(name2);
  return m ? { family: m[1], version: m[2] } : null;
}
function compareVersions(a, b) {
  const x = typeof a === "string" ? a.split(".").map((n) => Number.parseInt(n, 10) || 0) : a;
  const y = typeof b === "string" ? b.split(".").map((n) => Number.parseInt(n, 10) || 0) : b;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}
function computeRequires(needs, boundTo) {
  const best = /* @__PURE__ */ new Map();
  for (const need of needs) {
    for (const v of need.versions) {
      if (v.weak) continue;
      const sv = splitVersion(v.name);
      if (!sv) continue;
      const cur = best.get(sv.family);
      if (cur === void 0 || compareVersions(sv.version, cur) > 0) best.set(sv.family, sv.version);
    }
  }
  const requires = {};
  const requiredBy = {};
  const nodes = /* @__PURE__ */ new Set();
  for (const [family, version] of best) {
    requires[family] = version;
    nodes.add(`${family}_${version}`);
  }
  const bound = boundTo(nodes);
  for (const [family, version] of best) requiredBy[family] = bound.get(`${family}_${version}`) ?? [];
  return { requires, requiredBy };
}

// src/knowledge/musl-history.ts
var loaded = null;
function muslData() {
  if (loaded) return loaded;
  const m = musl_history_default;
  const strings = (o) => !!o && typeof o === "object" && Object.values(o).every((v) => typeof v === "string");
  if (!Array.isArray(m.releases) || !m.releases.length || !strings(m.since) || !strings(m.removed) || !strings(m.sources))
    throw new Error("embedded musl history (src/knowledge/data/musl-history.json) is invalid");
  loaded = { musl: m };
  return loaded;
}
var MUSL_LFS64_BASES = new Set(
  "aio_cancel aio_error aio_fsync aio_read aio_return aio_suspend aio_write alphasort creat fallocate fgetpos fopen freopen fseeko fsetpos fstat fstatat fstatfs fstatvfs ftello ftruncate ftw getdents getrlimit glob globfree lio_listio lockf lseek lstat mkostemp mkostemps mkstemp mkstemps mmap nftw open openat posix_fadvise posix_fallocate pread preadv prlimit pwrite pwritev readdir scandir sendfile setrlimit stat statfs statvfs tmpfile truncate versionsort __fxstat __fxstatat __lxstat __xstat".split(" ")
);
var MUSL_LFS64_REMAP_SINCE = "1.2.4";
function muslLfs64Target(symbol) {
  if (symbol === "readdir64_r") return "readdir_r";
  if (symbol.length < 3 || symbol.length > 16 || !symbol.endsWith("64")) return null;
  const base = symbol.slice(0, -2);
  return MUSL_LFS64_BASES.has(base) ? base : null;
}
var muslIndexes = /* @__PURE__ */ new WeakMap();
function muslIndex(k) {
  let idx = muslIndexes.get(k);
  if (idx) return idx;
  const since = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  for (const v of k.musl.releases) {
    for (const n of (k.musl.since[v] ?? "").split(" ").filter(Boolean)) if (!since.has(n)) since.set(n, v);
    for (const n of (k.musl.removed[v] ?? "").split(" ").filter(Boolean)) removed.set(n, v);
  }
  idx = { since, removed };
  muslIndexes.set(k, idx);
  return idx;
}
function muslExportsName(symbol, version, k) {
  const rel = k.musl.releases;
  if (compareVersions(version, rel[0]) < 0) return void 0;
  const idx = muslIndex(k);
  const s = idx.since.get(symbol);
  if (!s || compareVersions(s, version) > 0) return false;
  const r = idx.removed.get(symbol);
  return !(r && compareVersions(r, version) <= 0);
}
function muslHas(symbol, version, k = muslData()) {
  const direct = muslExportsName(symbol, version, k);
  if (direct !== false) return direct;
  const target = muslLfs64Target(symbol);
  return target !== null && compareVersions(version, MUSL_LFS64_REMAP_SINCE) >= 0 && !!muslExportsName(target, version, k);
}
function muslSince(symbol, k = muslData()) {
  for (const v of k.musl.releases) if (muslHas(symbol, v, k)) return v;
  return null;
}
function muslFloor(undefinedSymbols, k = muslData()) {
  const oldest = k.musl.releases[0];
  let version = oldest;
  let symbols = [];
  const missing = [];
  for (const s of new Set(undefinedSymbols)) {
    const v = muslSince(s, k);
    if (v === null) missing.push(s);
    else if (compareVersions(v, version) > 0) {
      version = v;
      symbols = [s];
    } else if (v === version && v !== oldest) symbols.push(s);
  }
  return { version, symbols: symbols.sort(), missing: missing.sort() };
}

// src/binary/libc-names.ts
var MUSL_LIBC = /^(libc\.so|libc\.musl-[\w-]+\.so\.1|ld-musl-[\w-]+\.so\.1)$/;
function isMuslLibc(soname) {
  return MUSL_LIBC.test(soname);
}

// src/abi/musl-floor.ts
function muslFloorOf(facts) {
  if (!facts.elf || facts.libc !== "musl" || facts.interpreter === null) return null;
  const names = facts.dynamicSymbols.filter((s) => !s.defined && s.binding !== "WEAK" && s.name).map((s) => s.name);
  const floor = muslFloor(names);
  const onlyLibc = facts.needed.every(isMuslLibc);
  return onlyLibc ? floor : { ...floor, missing: [] };
}
function describeMuslNeed(floor, max = 4) {
  const oldest = floor.symbols.length === 0;
  const syms = floor.symbols.length > max ? `${floor.symbols.slice(0, max).join(", ")}, \u2026` : floor.symbols.join(", ");
  const need = oldest ? `musl (${floor.version} or older suffices)` : `musl \u2265 ${floor.version} (${syms})`;
  return floor.missing.length ? `${need}; no musl release exports ${floor.missing.slice(0, max).join(", ")}` : need;
}

// src/elf/errors.ts
var ElfError = class extends Error {
  /** Machine-readable code, e.g. TRUNCATED. */
  code;
  /** File offset of the offending bytes, or null when not tied to one. */
  offset;
  constructor(code, message, offset = null) {
    super(message);
    this.name = "ElfError";
    this.code = code;
    this.offset = offset !== null && Number.isFinite(offset) ? offset : null;
  }
  /** The JSON-shaped form used in InspectedFile.error. */
  toInfo() {
    return { code: this.code, message: this.message, offset: this.offset };
  }
};
function errorInfo(err) {
  if (err instanceof ElfError) return err.toInfo();
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return { code: "INTERNAL", message, offset: null };
}

// src/elf/budget.ts
var DEFAULT_BUDGET = 5e7;
var Budget = class {
  left;
  constructor(units = DEFAULT_BUDGET) {
    this.left = units;
  }
  /** Charges `units` of work; throws ElfError('BUDGET_EXCEEDED') when the budget runs out. */
  spend(units, offset = null) {
    this.left -= units;
    if (!(this.left >= 0))
      throw new ElfError("BUDGET_EXCEEDED", "work budget exceeded (hostile or absurd tables)", offset);
  }
};

// src/elf/strings.ts
var MAX_STRING = 65536;
var utf8 = new TextDecoder("utf-8", { fatal: false });
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var StringTable = class {
  bytes;
  whole;
  /** Byte positions of multi-byte sequence leads, and how many bytes were absorbed up to and including each. */
  leads = null;
  absorbed = null;
  cache = null;
  lookups = 0;
  safe;
  constructor(bytes) {
    this.bytes = bytes;
  }
  /** Size in bytes. */
  get size() {
    return this.bytes.length;
  }
  /** The NUL-terminated string at `offset` (running to the end of the table if unterminated), or null if out of range. */
  get(offset) {
    const b = this.bytes;
    if (!(offset >= 0 && offset < b.length)) return null;
    if (this.whole === void 0) {
      if (++this.lookups < 256) return this.slow(offset);
      this.prepare();
    }
    const whole = this.whole;
    if (whole != null) {
      let start = offset;
      const leads = this.leads;
      if (leads !== null) {
        if (b[offset] >= 128 && b[offset] < 192) return this.slow(offset);
        let lo = 0;
        let hi = leads.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (leads[mid] < offset) lo = mid + 1;
          else hi = mid;
        }
        if (lo > 0) start = offset - this.absorbed[lo - 1];
      }
      let end = whole.indexOf("\0", start);
      if (end < 0) end = whole.length;
      if (end - start > MAX_STRING) end = start + MAX_STRING;
      return whole.substring(start, end);
    }
    return this.slow(offset);
  }
  /**
   * True when every string of the table can be copied into JSON as raw bytes: valid UTF-8 without quotes,
   * backslashes or control characters (decodes the whole table once).
   */
  jsonSafe() {
    if (this.safe === void 0) {
      if (this.whole === void 0) this.prepare();
      this.safe = this.whole != null && !/["\\\x01-\x1f]/.test(this.whole);
    }
    return this.safe;
  }
  /** Decodes the one string at `offset` (non-fatal UTF-8, cached); offset must be in range. */
  slow(offset) {
    const b = this.bytes;
    const cache = this.cache ??= /* @__PURE__ */ new Map();
    const hit = cache.get(offset);
    if (hit !== void 0) return hit;
    let end = b.indexOf(0, offset);
    if (end < 0) end = b.length;
    if (end - offset > MAX_STRING) end = offset + MAX_STRING;
    const s = utf8.decode(b.subarray(offset, end));
    cache.set(offset, s);
    return s;
  }
  prepare() {
    const b = this.bytes;
    let s;
    try {
      s = strictUtf8.decode(b);
    } catch {
      this.whole = null;
      return;
    }
    this.whole = s;
    if (s.length === b.length) return;
    const leads = [];
    const absorbed = [];
    let total = 0;
    const re = /[^\x00-\x7f]/g;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const ci = m.index;
      const c = s.charCodeAt(ci);
      leads.push(ci + total);
      if (c < 2048) total += 1;
      else if (c >= 55296 && c < 56320) {
        total += 2;
        re.lastIndex = ci + 2;
      } else total += 2;
      absorbed.push(total);
    }
    this.leads = Int32Array.from(leads);
    this.absorbed = Int32Array.from(absorbed);
  }
};

// src/elf/view.ts
var TWO32 = 4294967296;
var View = class {
  bytes;
  little;
  /** File offset of bytes[0] (for error offsets). */
  base;
  dv;
  constructor(bytes, little, base) {
    this.bytes = bytes;
    this.little = little;
    this.base = base;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  /** Number of bytes in the view. */
  get length() {
    return this.bytes.length;
  }
  /** Throws TRUNCATED unless [at, at+len) lies inside the view. */
  need(at, len, what) {
    if (!(at >= 0 && len >= 0 && at + len <= this.bytes.length)) {
      throw new ElfError("TRUNCATED", `${what} at ${this.base + at} runs past the end of its table`, this.base + at);
    }
  }
  /** Unsigned byte. */
  u8(at) {
    return this.dv.getUint8(at);
  }
  /** Unsigned 16-bit in the file's byte order. */
  u16(at) {
    return this.dv.getUint16(at, this.little);
  }
  /** Unsigned 32-bit in the file's byte order. */
  u32(at) {
    return this.dv.getUint32(at, this.little);
  }
  /** Unsigned 64-bit as an exact number, or Infinity when ≥ 2^53. */
  u64(at) {
    const a = this.dv.getUint32(at, this.little);
    const b = this.dv.getUint32(at + 4, this.little);
    const hi = this.little ? b : a;
    const lo = this.little ? a : b;
    if (hi >= 2097152) return Infinity;
    return hi * TWO32 + lo;
  }
  /** A word of the file's class: u32 for ELF32, u64 for ELF64. */
  word(at, is64) {
    return is64 ? this.u64(at) : this.u32(at);
  }
};
function readView(src, offset, length, little, what) {
  if (!(offset >= 0 && length >= 0 && offset + length <= src.size)) {
    throw new ElfError(
      "TRUNCATED",
      `${what} (${fmt(length)} bytes at offset ${fmt(offset)}) lies outside the ${src.size}-byte file`,
      Number.isFinite(offset) ? offset : null
    );
  }
  return new View(src.read(offset, length), little, offset);
}
function fmt(n) {
  return Number.isFinite(n) ? String(n) : ">= 2^53";
}

// src/elf/layout.ts
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var PT_NOTE = 4;
var SHT_SYMTAB = 2;
var SHT_STRTAB = 3;
var SHT_DYNAMIC = 6;
var SHT_NOTE = 7;
var SHT_NOBITS = 8;
var SHT_DYNSYM = 11;
var SHT_GNU_VERDEF = 1879048189;
var SHT_GNU_VERNEED = 1879048190;
var SHT_GNU_VERSYM = 1879048191;
var MAX_SHSTRTAB = 1 << 20;
function readLayout(src, budget) {
  if (src.size < 16) throw new ElfError("NOT_ELF", `not an ELF file (${src.size} bytes, too short)`, 0);
  const ident = src.read(0, 16);
  if (ident[0] !== 127 || ident[1] !== 69 || ident[2] !== 76 || ident[3] !== 70) {
    throw new ElfError("NOT_ELF", "not an ELF file (bad magic)", 0);
  }
  const cls = ident[4];
  if (cls !== 1 && cls !== 2) throw new ElfError("BAD_CLASS", `invalid ELF class ${cls}`, 4);
  const data = ident[5];
  if (data !== 1 && data !== 2) throw new ElfError("BAD_DATA", `invalid ELF data encoding ${data}`, 5);
  if (ident[6] !== 1) throw new ElfError("BAD_VERSION", `unsupported ELF ident version ${ident[6]}`, 6);
  const is64 = cls === 2;
  const little = data === 1;
  const ehsize = is64 ? 64 : 52;
  if (src.size < ehsize) {
    throw new ElfError("TRUNCATED", `file of ${src.size} bytes is shorter than the ${ehsize}-byte ELF header`, 0);
  }
  const h = readView(src, 0, ehsize, little, "ELF header");
  const type = h.u16(16);
  const machine = h.u16(18);
  const version = h.u32(20);
  if (version !== 1) throw new ElfError("BAD_VERSION", `unsupported e_version ${version}`, 20);
  const entry = h.word(24, is64);
  const phoff = is64 ? h.u64(32) : h.u32(28);
  const shoff = is64 ? h.u64(40) : h.u32(32);
  const o = is64 ? 52 : 40;
  const phentsize = h.u16(o + 2);
  let phnum = h.u16(o + 4);
  const shentsize = h.u16(o + 6);
  let shnum = h.u16(o + 8);
  let shstrndx = h.u16(o + 10);
  const layout = {
    src,
    is64,
    little,
    osabi: ident[7],
    type,
    machine,
    entry,
    phdrs: [],
    sections: [],
    warnings: [],
    tableError: null
  };
  const fail = (e) => {
    if (!(e instanceof ElfError)) throw e;
    if (layout.tableError === null) layout.tableError = e;
    else layout.warnings.push(`${e.code}: ${e.message}`);
  };
  const shdrSize = is64 ? 64 : 40;
  let sec0 = null;
  if (shoff !== 0) {
    try {
      if (shentsize < shdrSize) {
        throw new ElfError(
          "BAD_HEADER",
          `e_shentsize ${shentsize} is smaller than a section header (${shdrSize})`,
          o + 6
        );
      }
      sec0 = parseSection(readView(src, shoff, shdrSize, little, "section header 0"), 0, is64);
      if (shnum === 0) shnum = sec0.size;
      if (shstrndx === 65535) shstrndx = sec0.link;
      if (phnum === 65535) phnum = sec0.info;
    } catch (e) {
      fail(e);
      shnum = 0;
    }
  } else if (shnum !== 0) {
    layout.warnings.push(`e_shoff is 0 but e_shnum is ${shnum}: ignoring section headers`);
    shnum = 0;
  }
  if (phnum > 0) {
    try {
      const phdrSize = is64 ? 56 : 32;
      if (phentsize < phdrSize) {
        throw new ElfError(
          "BAD_HEADER",
          `e_phentsize ${phentsize} is smaller than a program header (${phdrSize})`,
          o + 2
        );
      }
      const v = readTable(src, phoff, phnum, phentsize, little, "program header table");
      budget.spend(phnum, phoff);
      for (let i = 0; i < phnum; i++) layout.phdrs.push(parseProgram(v, i * phentsize, is64));
    } catch (e) {
      fail(e);
    }
  }
  if (shnum > 0 && sec0 !== null) {
    try {
      const v = readTable(src, shoff, shnum, shentsize, little, "section header table");
      budget.spend(shnum, shoff);
      const secs = [];
      for (let i = 0; i < shnum; i++) secs.push(parseSection(v, i * shentsize, is64, i));
      layout.sections = secs;
      nameSections(layout, shstrndx);
    } catch (e) {
      fail(e);
    }
  }
  return layout;
}
function readTable(src, off, num, entsize, little, what) {
  const total = num * entsize;
  if (!(off >= 0 && off < src.size && total <= src.size - off)) {
    throw new ElfError(
      "TRUNCATED",
      `${what} (${num} \xD7 ${entsize} bytes at offset ${Number.isFinite(off) ? off : ">= 2^53"}) lies outside the ${src.size}-byte file`,
      Number.isFinite(off) ? off : null
    );
  }
  return readView(src, off, total, little, what);
}
function parseProgram(v, at, is64) {
  if (is64) {
    return {
      type: v.u32(at),
      flags: v.u32(at + 4),
      offset: v.u64(at + 8),
      vaddr: v.u64(at + 16),
      filesz: v.u64(at + 32),
      memsz: v.u64(at + 40),
      align: v.u64(at + 48)
    };
  }
  return {
    type: v.u32(at),
    offset: v.u32(at + 4),
    vaddr: v.u32(at + 8),
    filesz: v.u32(at + 16),
    memsz: v.u32(at + 20),
    flags: v.u32(at + 24),
    align: v.u32(at + 28)
  };
}
function parseSection(v, at, is64, index = 0) {
  if (is64) {
    return {
      index,
      name: "",
      nameOff: v.u32(at),
      type: v.u32(at + 4),
      flags: v.u64(at + 8),
      addr: v.u64(at + 16),
      offset: v.u64(at + 24),
      size: v.u64(at + 32),
      link: v.u32(at + 40),
      info: v.u32(at + 44),
      entsize: v.u64(at + 56)
    };
  }
  return {
    index,
    name: "",
    nameOff: v.u32(at),
    type: v.u32(at + 4),
    flags: v.u32(at + 8),
    addr: v.u32(at + 12),
    offset: v.u32(at + 16),
    size: v.u32(at + 20),
    link: v.u32(at + 24),
    info: v.u32(at + 28),
    entsize: v.u32(at + 36)
  };
}
function nameSections(layout, shstrndx) {
  const secs = layout.sections;
  if (shstrndx === 0) return;
  if (shstrndx >= secs.length) {
    layout.warnings.push(`e_shstrndx ${shstrndx} is not below the section count ${secs.length}: sections have no names`);
    return;
  }
  const s = secs[shstrndx];
  if (s.type !== SHT_STRTAB) {
    layout.warnings.push(`section ${shstrndx} named by e_shstrndx is not a string table: sections have no names`);
    return;
  }
  const table = new StringTable(sectionBytes(layout, s, MAX_SHSTRTAB).bytes);
  for (const sec of secs) {
    const off = sec.nameOff;
    const name2 = table.get(off);
    if (name2 === null) layout.warnings.push(`section ${sec.index} has a name offset ${off} past .shstrtab`);
    sec.name = name2 ?? "";
  }
}
function sectionBytes(layout, s, cap = Infinity) {
  if (s.type === SHT_NOBITS) return new View(new Uint8Array(0), layout.little, 0);
  if (!(s.size <= cap)) {
    throw new ElfError("BAD_TABLE", `section ${s.index} (${s.name}) is larger than ${cap} bytes`, s.offset);
  }
  return readView(layout.src, s.offset, s.size, layout.little, `section ${s.index} (${s.name || "unnamed"})`);
}
function vaddrToOffset(layout, addr, len, what) {
  for (const p of layout.phdrs) {
    if (p.type !== PT_LOAD || !(p.filesz > 0)) continue;
    if (addr >= p.vaddr && addr - p.vaddr < p.filesz && len <= p.filesz - (addr - p.vaddr)) {
      return p.offset + (addr - p.vaddr);
    }
  }
  throw new ElfError(
    "UNMAPPED_ADDRESS",
    `${what}: address 0x${Number.isFinite(addr) ? addr.toString(16) : "?"} (+${len}) is not inside any PT_LOAD segment's file data`,
    null
  );
}
function mappedExtent(layout, addr) {
  for (const p of layout.phdrs) {
    if (p.type !== PT_LOAD || !(p.filesz > 0)) continue;
    if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
      return { offset: p.offset + (addr - p.vaddr), length: p.filesz - (addr - p.vaddr) };
    }
  }
  return null;
}

// src/elf/dynamic.ts
var DT = {
  NULL: 0,
  NEEDED: 1,
  HASH: 4,
  STRTAB: 5,
  SYMTAB: 6,
  STRSZ: 10,
  SYMENT: 11,
  SONAME: 14,
  RPATH: 15,
  BIND_NOW: 24,
  RUNPATH: 29,
  FLAGS: 30,
  GNU_HASH: 1879047925,
  VERSYM: 1879048176,
  FLAGS_1: 1879048187,
  VERDEF: 1879048188,
  VERDEFNUM: 1879048189,
  VERNEED: 1879048190,
  VERNEEDNUM: 1879048191
};
var MAX_DYNAMIC_STRTAB = 256 << 20;
function readDynamic(layout, budget, warnings) {
  const entSize = layout.is64 ? 16 : 8;
  let view = null;
  const seg = layout.phdrs.find((p) => p.type === PT_DYNAMIC);
  const sec = layout.sections.find((s) => s.type === SHT_DYNAMIC);
  if (seg && seg.filesz > 0) {
    view = readView(layout.src, seg.offset, seg.filesz - seg.filesz % entSize, layout.little, "PT_DYNAMIC segment");
  } else if (sec && sec.size > 0) {
    view = sectionBytes(layout, sec);
  }
  if (!view) return null;
  if (seg && sec && sec.offset !== seg.offset) {
    warnings.push(
      `PT_DYNAMIC (offset ${seg.offset}) and the .dynamic section (offset ${sec.offset}) disagree; using PT_DYNAMIC`
    );
  }
  const count = Math.floor(view.length / entSize);
  budget.spend(count, view.base);
  const info = {
    needed: [],
    soname: null,
    rpath: null,
    runpath: null,
    flags: 0,
    flags1: 0,
    bindNowTag: false,
    values: /* @__PURE__ */ new Map(),
    strtab: null
  };
  const strOffsets = [];
  let terminated = false;
  for (let i = 0; i < count; i++) {
    const at = i * entSize;
    const tag = layout.is64 ? view.u64(at) : view.u32(at);
    const val = layout.is64 ? view.u64(at + 8) : view.u32(at + 4);
    if (tag === DT.NULL) {
      terminated = true;
      break;
    }
    switch (tag) {
      case DT.NEEDED:
      case DT.SONAME:
      case DT.RPATH:
      case DT.RUNPATH:
        strOffsets.push([tag, val]);
        break;
      case DT.FLAGS:
        info.flags = val;
        break;
      case DT.FLAGS_1:
        info.flags1 = val;
        break;
      case DT.BIND_NOW:
        info.bindNowTag = true;
        break;
      default:
        if (!info.values.has(tag)) info.values.set(tag, val);
    }
  }
  if (!terminated) warnings.push("dynamic section has no DT_NULL terminator");
  info.strtab = dynamicStrings(layout, info, sec?.link, warnings);
  for (const [tag, off] of strOffsets) {
    const s = info.strtab ? info.strtab.get(off) : null;
    if (s === null) {
      warnings.push(`dynamic entry ${tagName(tag)} points at string offset ${off} outside .dynstr`);
      continue;
    }
    if (tag === DT.NEEDED) info.needed.push(s);
    else if (tag === DT.SONAME) info.soname ??= s;
    else if (tag === DT.RPATH) info.rpath ??= s;
    else info.runpath ??= s;
  }
  return info;
}
function tagName(tag) {
  return tag === DT.NEEDED ? "DT_NEEDED" : tag === DT.SONAME ? "DT_SONAME" : tag === DT.RPATH ? "DT_RPATH" : "DT_RUNPATH";
}
function dynamicStrings(layout, info, link, warnings) {
  if (link !== void 0 && link > 0 && link < layout.sections.length) {
    const s = layout.sections[link];
    if (s.type === SHT_STRTAB) {
      try {
        return new StringTable(sectionBytes(layout, s, MAX_DYNAMIC_STRTAB).bytes);
      } catch (e) {
        if (!(e instanceof ElfError)) throw e;
        warnings.push(`.dynstr: ${e.message}`);
      }
    }
  }
  return stringsByAddress(layout, info, warnings);
}
function stringsByAddress(layout, info, warnings) {
  const addr = info.values.get(DT.STRTAB);
  const size = info.values.get(DT.STRSZ);
  if (addr === void 0 || size === void 0) return null;
  if (!(size <= MAX_DYNAMIC_STRTAB)) {
    warnings.push(`DT_STRSZ ${size} is implausibly large`);
    return null;
  }
  try {
    const off = vaddrToOffset(layout, addr, size, "DT_STRTAB");
    return new StringTable(readView(layout.src, off, size, layout.little, "DT_STRTAB").bytes);
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    warnings.push(`${e.code}: ${e.message}`);
    return null;
  }
}

// src/elf/machines.ts
var MACHINE_NAMES = {
  0: "None",
  1: "WE32100",
  2: "Sparc",
  3: "Intel 80386",
  4: "MC68000",
  5: "MC88000",
  6: "Intel MCU",
  7: "Intel 80860",
  8: "MIPS R3000",
  9: "IBM System/370",
  10: "MIPS R4000 big-endian",
  11: "Sparc v9 (old)",
  15: "HPPA",
  17: "Fujitsu VPP500",
  18: "Sparc v8+",
  19: "Intel 80960",
  20: "PowerPC",
  21: "PowerPC64",
  22: "IBM S/390",
  23: "SPU",
  36: "Renesas V850 (using RH850 ABI)",
  37: "Fujitsu FR20",
  38: "TRW RH32",
  39: "MCORE",
  40: "ARM",
  41: "Digital Alpha (old)",
  42: "Renesas / SuperH SH",
  43: "Sparc v9",
  44: "Siemens Tricore",
  45: "ARC",
  46: "Renesas H8/300",
  47: "Renesas H8/300H",
  48: "Renesas H8S",
  49: "Renesas H8/500",
  50: "Intel IA-64",
  51: "Stanford MIPS-X",
  52: "Motorola Coldfire",
  53: "Motorola MC68HC12 Microcontroller",
  54: "Fujitsu Multimedia Accelerator",
  55: "Siemens PCP",
  56: "Sony nCPU embedded RISC processor",
  57: "Denso NDR1 microprocesspr",
  58: "Motorola Star*Core processor",
  59: "Toyota ME16 processor",
  60: "STMicroelectronics ST100 processor",
  61: "Advanced Logic Corp. TinyJ embedded processor",
  62: "Advanced Micro Devices X86-64",
  63: "Sony DSP processor",
  64: "Digital Equipment Corp. PDP-10",
  65: "Digital Equipment Corp. PDP-11",
  66: "Siemens FX66 microcontroller",
  67: "STMicroelectronics ST9+ 8/16 bit microcontroller",
  68: "STMicroelectronics ST7 8-bit microcontroller",
  69: "Motorola MC68HC16 Microcontroller",
  70: "Motorola MC68HC11 Microcontroller",
  71: "Motorola MC68HC08 Microcontroller",
  72: "Motorola MC68HC05 Microcontroller",
  73: "Silicon Graphics SVx",
  74: "STMicroelectronics ST19 8-bit microcontroller",
  75: "Digital VAX",
  76: "Axis Communications 32-bit embedded processor",
  77: "Infineon Technologies 32-bit embedded cpu",
  78: "Element 14 64-bit DSP processor",
  79: "LSI Logic's 16-bit DSP processor",
  80: "Donald Knuth's educational 64-bit processor",
  81: "Harvard Universitys's machine-independent object format",
  82: "Vitesse Prism",
  83: "Atmel AVR 8-bit microcontroller",
  84: "Fujitsu FR30",
  85: "d10v",
  86: "d30v",
  87: "Renesas V850",
  88: "Renesas M32R (formerly Mitsubishi M32r)",
  89: "mn10300",
  90: "mn10200",
  91: "picoJava",
  92: "OpenRISC 1000",
  93: "ARCompact",
  94: "Tensilica Xtensa Processor",
  95: "Alphamosaic VideoCore processor",
  96: "Thompson Multimedia General Purpose Processor",
  97: "National Semiconductor 32000 series",
  98: "Tenor Network TPC processor",
  99: "Trebia SNP 1000 processor",
  100: "STMicroelectronics ST200 microcontroller",
  101: "Ubicom IP2xxx 8-bit microcontrollers",
  102: "MAX Processor",
  103: "National Semiconductor CompactRISC",
  104: "Fujitsu F2MC16",
  105: "Texas Instruments msp430 microcontroller",
  106: "Analog Devices Blackfin",
  107: "S1C33 Family of Seiko Epson processors",
  108: "Sharp embedded microprocessor",
  109: "Arca RISC microprocessor",
  110: "Unicore",
  111: "eXcess 16/32/64-bit configurable embedded CPU",
  112: "Icera Semiconductor Inc. Deep Execution Processor",
  113: "Altera Nios II",
  114: "National Semiconductor CRX microprocessor",
  115: "Motorola XGATE embedded processor",
  116: "Infineon Technologies xc16x",
  117: "Renesas M16C series microprocessors",
  118: "Microchip Technology dsPIC30F Digital Signal Controller",
  119: "Freescale Communication Engine RISC core",
  120: "Renesas M32c",
  131: "Altium TSK3000 core",
  132: "Freescale RS08 embedded processor",
  134: "Cyan Technology eCOG2 microprocessor",
  135: "SUNPLUS S+Core",
  136: "New Japan Radio (NJR) 24-bit DSP Processor",
  137: "Broadcom VideoCore III processor",
  138: "Lattice Mico32",
  139: "Seiko Epson C17 family",
  140: "Texas Instruments TMS320C6000 DSP family",
  141: "Texas Instruments TMS320C2000 DSP family",
  142: "Texas Instruments TMS320C55x DSP family",
  144: "TI PRU I/O processor",
  160: "STMicroelectronics 64bit VLIW Data Signal Processor",
  161: "Cypress M8C microprocessor",
  162: "Renesas R32C series microprocessors",
  163: "NXP Semiconductors TriMedia architecture family",
  164: "QUALCOMM DSP6 Processor",
  165: "Intel 8051 and variants",
  166: "STMicroelectronics STxP7x family",
  167: "Andes Technology compact code size embedded RISC processor family",
  168: "Cyan Technology eCOG1X family",
  169: "Dallas Semiconductor MAXQ30 Core microcontrollers",
  170: "New Japan Radio (NJR) 16-bit DSP Processor",
  171: "M2000 Reconfigurable RISC Microprocessor",
  172: "Cray Inc. NV2 vector architecture",
  173: "Renesas RX",
  174: "Imagination Technologies Meta processor architecture",
  175: "MCST Elbrus general purpose hardware architecture",
  176: "Cyan Technology eCOG16 family",
  177: "Xilinx MicroBlaze",
  178: "Freescale Extended Time Processing Unit",
  179: "Infineon Technologies SLE9X core",
  180: "Intel L1OM",
  181: "Intel K1OM",
  182: "Intel (reserved)",
  183: "AArch64",
  184: "ARM (reserved)",
  185: "Atmel Corporation 32-bit microprocessor",
  186: "STMicroeletronics STM8 8-bit microcontroller",
  187: "Tilera TILE64 multicore architecture family",
  188: "Tilera TILEPro multicore architecture family",
  189: "Xilinx MicroBlaze",
  190: "NVIDIA CUDA architecture",
  191: "Tilera TILE-Gx multicore architecture family",
  192: "CloudShield architecture family",
  193: "KIPO-KAIST Core-A 1st generation processor family",
  194: "KIPO-KAIST Core-A 2nd generation processor family",
  195: "ARCv2",
  196: "Open8 8-bit RISC soft processor core",
  197: "Renesas RL78",
  198: "Broadcom VideoCore V processor",
  199: "Renesas 78K0R",
  200: "Freescale 56800EX Digital Signal Controller (DSC)",
  201: "Beyond BA1 CPU architecture",
  202: "Beyond BA2 CPU architecture",
  203: "XMOS xCORE processor family",
  204: "Microchip 8-bit PIC(r) family",
  205: "Intel Graphics Technology",
  210: "KM211 KM32 32-bit processor",
  211: "KM211 KMX32 32-bit processor",
  212: "KM211 KMX16 16-bit processor",
  213: "KM211 KMX8 8-bit processor",
  214: "KM211 KVARC processor",
  215: "Paneve CDP architecture family",
  216: "Cognitive Smart Memory Processor",
  217: "Bluechip Systems CoolEngine",
  218: "Nanoradio Optimized RISC",
  219: "CSR Kalimba architecture family",
  220: "Zilog Z80",
  221: "CDS VISIUMcore processor",
  222: "FTDI Chip FT32",
  223: "Moxie",
  224: "AMD GPU",
  243: "RISC-V",
  244: "Lanai 32-bit processor",
  245: "CEVA Processor Architecture Family",
  246: "CEVA X2 Processor Family",
  247: "Linux BPF",
  248: "Graphcore Intelligent Processing Unit",
  249: "Imagination Technologies",
  250: "Netronome Flow Processor",
  251: "NEC Vector Engine",
  252: "C-SKY",
  253: "Synopsys ARCv2.3 64-bit",
  254: "MOS Technology MCS 6502 processor",
  255: "Synopsys ARCv2.3 32-bit",
  256: "Kalray VLIW core of the MPPA processor family",
  257: "WDC 65816/65C816",
  258: "LoongArch",
  259: "ChipON KungFu32",
  4183: "Atmel AVR 8-bit microcontroller",
  4643: "Adapteva EPIPHANY",
  9520: "Morpho Techologies MT processor",
  13104: "Fujitsu FR30",
  16727: "Web Assembly",
  18056: "Infineon Technologies xc16x",
  19951: "Freescale S12Z",
  21569: "Fujitsu FR-V",
  23205: "OpenDLX",
  30288: "d10v",
  30326: "d30v",
  33303: "Ubicom IP2xxx 8-bit microcontrollers",
  36902: "Alpha",
  36929: "Renesas M32R (formerly Mitsubishi M32r)",
  36992: "Renesas V850",
  41872: "IBM S/390",
  43975: "Tensilica Xtensa Processor",
  44357: "Sanyo XStormy16 CPU core",
  47787: "Xilinx MicroBlaze",
  48879: "mn10300",
  57005: "mn10200",
  61453: "Toshiba MeP Media Engine",
  65200: "Altera Nios",
  65210: "Vitesse IQ2000",
  65211: "Altera Nios"
};

// src/elf/names.ts
function machineName(machine) {
  return MACHINE_NAMES[machine] ?? `<unknown>: 0x${machine.toString(16)}`;
}
var OSABIS = {
  0: "UNIX - System V",
  1: "UNIX - HP-UX",
  2: "UNIX - NetBSD",
  3: "UNIX - GNU",
  6: "UNIX - Solaris",
  7: "UNIX - AIX",
  8: "UNIX - IRIX",
  9: "UNIX - FreeBSD",
  10: "UNIX - TRU64",
  11: "Novell - Modesto",
  12: "UNIX - OpenBSD",
  13: "VMS - OpenVMS",
  14: "HP - Non-Stop Kernel",
  15: "AROS",
  16: "FenixOS",
  17: "Nuxi CloudABI",
  18: "Stratus Technologies OpenVOS"
};
function osabiName(osabi) {
  return OSABIS[osabi] ?? `<unknown: ${osabi.toString(16)}>`;
}
function typeName(type) {
  switch (type) {
    case 0:
      return "NONE";
    case 1:
      return "REL";
    case 2:
      return "EXEC";
    case 3:
      return "DYN";
    case 4:
      return "CORE";
    default:
      return `0x${type.toString(16)}`;
  }
}
var BINDINGS = ["LOCAL", "GLOBAL", "WEAK"];
var TYPES = ["NOTYPE", "OBJECT", "FUNC", "SECTION", "FILE", "COMMON", "TLS"];
function bindingName(bind) {
  if (bind < 3) return BINDINGS[bind];
  if (bind === 10) return "UNIQUE";
  return String(bind);
}
function symbolTypeName(type) {
  if (type < 7) return TYPES[type];
  if (type === 10) return "IFUNC";
  return String(type);
}
var INFO_BINDING = Array.from({ length: 256 }, (_, i) => bindingName(i >> 4));
var INFO_TYPE = Array.from({ length: 256 }, (_, i) => symbolTypeName(i & 15));

// src/elf/notes.ts
var MAX_NOTES = 1 << 20;
var ABI_OS = ["Linux", "Hurd", "Solaris", "FreeBSD", "NetBSD", "Syllable", "NaCl"];
var NT_GNU_ABI_TAG = 1;
var NT_GNU_BUILD_ID = 3;
var NT_GNU_PROPERTY_TYPE_0 = 5;
var GNU_PROPERTY_X86_ISA_1_NEEDED = 3221258242;
function readNotes(layout, budget, warnings) {
  const facts = { abiTag: null, buildId: null, x86IsaLevel: null };
  const ranges = [];
  for (const p of layout.phdrs)
    if (p.type === PT_NOTE) ranges.push({ offset: p.offset, size: p.filesz, align: p.align });
  if (ranges.length === 0) {
    for (const s of layout.sections) if (s.type === SHT_NOTE) ranges.push({ offset: s.offset, size: s.size, align: 4 });
  }
  let total = 0;
  for (const r of ranges) {
    if (!(r.size > 0)) continue;
    total += r.size;
    if (!(total <= MAX_NOTES)) {
      warnings.push("notes larger than 1 MiB in total: the rest were skipped");
      break;
    }
    try {
      const v = readView(layout.src, r.offset, r.size, layout.little, "note segment");
      walkNotes(v, r.align === 8 ? 8 : 4, layout, facts, budget);
    } catch (e) {
      if (!(e instanceof ElfError) || e.code === "BUDGET_EXCEEDED") throw e;
      warnings.push(`notes: ${e.message}`);
    }
  }
  return facts;
}
function walkNotes(v, align, layout, facts, budget) {
  const pad = (n) => n + align - 1 & ~(align - 1);
  let off = 0;
  while (off + 12 <= v.length) {
    budget.spend(1, v.base + off);
    const namesz = v.u32(off);
    const descsz = v.u32(off + 4);
    const type = v.u32(off + 8);
    const nameAt = off + 12;
    const descAt = nameAt + (namesz + 3 & ~3);
    if (!(namesz <= v.length && descsz <= v.length && descAt + descsz <= v.length)) {
      throw new ElfError("BAD_NOTE", `note at ${v.base + off} runs past its segment`, v.base + off);
    }
    const isGnu = namesz === 4 && v.u8(nameAt) === 71 && v.u8(nameAt + 1) === 78 && v.u8(nameAt + 2) === 85 && v.u8(nameAt + 3) === 0;
    if (isGnu) {
      if (type === NT_GNU_ABI_TAG && descsz >= 16 && !facts.abiTag) {
        const os = v.u32(descAt);
        facts.abiTag = {
          os: ABI_OS[os] ?? `os-${os}`,
          kernel: `${v.u32(descAt + 4)}.${v.u32(descAt + 8)}.${v.u32(descAt + 12)}`
        };
      } else if (type === NT_GNU_BUILD_ID && descsz > 0 && descsz <= 256 && !facts.buildId) {
        let hex = "";
        for (let i = 0; i < descsz; i++)
          hex += v.u8(descAt + i).toString(16).padStart(2, "0");
        facts.buildId = hex;
      } else if (type === NT_GNU_PROPERTY_TYPE_0 && (layout.machine === 62 || layout.machine === 3)) {
        readProperties(v, descAt, descsz, layout.is64 ? 8 : 4, facts, budget);
      }
    }
    off = descAt + pad(descsz);
  }
}
function readProperties(v, at, size, align, facts, budget) {
  let off = at;
  const end = at + size;
  while (off + 8 <= end) {
    budget.spend(1, v.base + off);
    const type = v.u32(off);
    const datasz = v.u32(off + 4);
    if (!(off + 8 + datasz <= end)) return;
    if (type === GNU_PROPERTY_X86_ISA_1_NEEDED && datasz >= 4) {
      const bits = v.u32(off + 8);
      facts.x86IsaLevel = bits === 0 ? null : 32 - Math.clz32(bits);
    }
    off += 8 + (datasz + align - 1 & ~(align - 1));
  }
}

// src/elf/wasm-arena.ts
function wasmApi() {
  return globalThis.WebAssembly ?? null;
}
var PAGE = 65536;
var ARENA_RESERVED = 64;
var ARENA_PAD = 16;
var MAX_ARENA = 2 ** 31;
var arenas = /* @__PURE__ */ new WeakMap();
var WasmArena = class _WasmArena {
  memory;
  next = ARENA_RESERVED;
  constructor(memory) {
    this.memory = memory;
  }
  /** An arena of about `bytes` bytes, or null where WebAssembly or that much memory is not available. */
  static create(bytes) {
    const api = wasmApi();
    if (api === null || !(bytes > 0) || bytes > MAX_ARENA) return null;
    try {
      const arena = new _WasmArena(new api.Memory({ initial: Math.ceil(bytes / PAGE) }));
      arenas.set(arena.memory.buffer, arena);
      return arena;
    } catch {
      return null;
    }
  }
  /** Bytes left to allocate. */
  get free() {
    return this.memory.buffer.byteLength - this.next;
  }
  /** `length` zero-filled bytes (8-aligned, followed by ARENA_PAD zero bytes), or null when the arena is full. */
  alloc(length) {
    const at = this.next;
    const end = at + length + ARENA_PAD + 7 & ~7;
    if (!(length >= 0) || end > this.memory.buffer.byteLength) return null;
    this.next = end;
    return new Uint8Array(this.memory.buffer, at, length);
  }
};
function arenaOf(bytes) {
  return arenas.get(bytes.buffer) ?? null;
}

// src/elf/symbol-kernel-layout.ts
var HEADER = ARENA_RESERVED;
var ZERO_AT = 48;
var CLS_SIZE = 768;
var KERNEL_CHUNK = 1 << 18;

// src/elf/symbol-kernel-wasm.ts
var KERNEL_WASM = "AGFzbQEAAAABLQRgDH9/f39/f39/f39/fwF/YAR/f39/AX9gCn9/f39/f39/f38Bf2ACf38BfwIKAQFtA21lbQIAAAMFBAABAgMHHgQEanNvbgAAA2JhZAABBXVuZGVmAAIFdG91Y2gAAwqqCATRBgITfwN+QQwoAAAiFCgAACEMIBQoAAQhDSAUKAAIIQ4gFCgADCEPIBQoABAhESAUKAAUIRACQANAIAAgAU8NASACIANPDQEgBCAAIAVsaiEUIBQoAAAhFSAUIAVBCGxqIBQgAEEIaiABSRsoAAAhHCAKIBxBACAcIAtJG2otAAAgHnMhHiAUIAZqLQAAIRYgFCAHai8AACEXIAwgCCAAQQF0akEwIAAgCUkbLwAAQQF0ai8AACEYIBdBAEchHSAYQQJ0IB1BAXRqIB0gFSANIBhBAnRqKAAARnFqIRkgAEEBSwRAIAJBLDoAACACQQFqIQILIAJC+8S4i9atmZE6NwAAIAJBCGohAgJAAkAgFSALTw0BIBZBD3FBA0YgFUVxDQEgAkEiOgAAIAJBAWohGiAKIBVqIRsDQCAbKQAAIR8gH0KgwICBgoSIkCB9IB9Cf4WDISAgH0KixIiRosSIkSKFISEgICAhQoGChIiQoMCAAX0gIUJ/hYOEISAgH0LcuPHixYuXrtwAhSEhICAgIUKBgoSIkKDAgAF9ICFCf4WDhCEgICAgH4RCgIGChIiQoMCAf4MhICAaIB83AAAgIFAEQCAaQQhqIRogG0EIaiEbDAELICB6p0EDdiEdIBogHWohGiAbIB1qIRsgGy0AACEcIBEgHGotAAAhHSAdQQFGDQEgHUEDSQ0CIBstAAEhFCAUIBEgHGotAIACSQ0CIBQgESAcai0AgARLDQIgGiAcOgAAIBogFDoAASAaQQJqIRogG0ECaiEbIB1BA2shHQNAIB1FDQEgGy0AACIUQcABcUGAAUcNAyAaIBQ6AAAgGkEBaiEaIBtBAWohGyAdQQFrIR0MAAsLCyAaIAJrQYGABEsNACAaQSI6AAAgGkEBaiECIBZBBHYhEiAWQQ9xIRMgDiAZQQN0aiEUIAIgFCgAACAUKAAE/AoAACACIBQoAARqIQIgDyASQQN0aiEUIAIgFCgAACAUKAAE/AoAACACIBQoAARqIQIgECATQQN0aiEUIAIgFCgAACAUKAAE/AoAACACIBQoAARqIQIgAEEBaiEADAELQQAgAjYAAEEEQQE2AAAgAA8LC0EAIAI2AABBBEEANgAAQQggHjYAACAACzUCAn8AfkEBIQQCQANAIAQgAk8NASAFIAAgBCABbGooAAAgA09qIQUgBEEBaiEEDAALCyAFC3UCAn8AfgJAA0AgACABTw0BIAAgBk8NASAKIAlPDQECQCAFIABBAXRqLwAAIgtFDQAgByALai0AAEUNACACIAAgA2xqIARqLwAADQAgCCAKQQJ0aiAANgAAIApBAWohCgsgAEEBaiEADAALC0EIIAA2AAAgCgspAgF/AH4CQANAIAAgAU8NASACIAAtAABzIQIgAEHAAGohAAwACwsgAgs=";

// src/elf/symbol-kernel.ts
var compiled;
function kernelModule() {
  if (compiled === void 0) {
    const api = wasmApi();
    if (api === null) return compiled = null;
    try {
      compiled = new api.Module(Uint8Array.from(atob(KERNEL_WASM), (c) => c.charCodeAt(0)));
    } catch {
      compiled = null;
    }
  }
  return compiled ?? null;
}
var SymbolKernel = class _SymbolKernel {
  mem;
  u8;
  fns;
  t;
  symAt;
  vsAt;
  strAt;
  /** The arena the tables live in, or null for a memory of the kernel's own (scratch space then grows it). */
  arena;
  top;
  scratchAt = -1;
  scratchSize = 0;
  constructor(t, mem, fns, arena, at) {
    this.t = t;
    this.mem = mem;
    this.u8 = new Uint8Array(mem.buffer);
    this.fns = fns;
    this.arena = arena;
    [this.symAt, this.vsAt, this.strAt, this.top] = at;
  }
  /** A kernel over `t`, or null where WebAssembly or the memory is not available. */
  static create(t) {
    const mod = kernelModule();
    const api = wasmApi();
    if (mod === null || api === null) return null;
    const arena = arenaOf(t.sym);
    try {
      if (arena !== null && arena.free >= 2 * t.str.length + KERNEL_CHUNK + (1 << 20)) {
        const inArena = (b) => {
          if (arenaOf(b) === arena) return b;
          const copy = arena.alloc(b.length);
          copy?.set(b);
          return copy;
        };
        const str2 = inArena(t.str);
        const versym = t.versym ? inArena(t.versym.subarray(0, t.versymCount * 2)) : null;
        if (str2 !== null && (t.versym === null || versym !== null)) {
          const mem2 = arena.memory;
          const fns2 = new api.Instance(mod, { m: { mem: mem2 } }).exports;
          const at = [t.sym.byteOffset, versym ? versym.byteOffset : ZERO_AT, str2.byteOffset, 0];
          return new _SymbolKernel(t, mem2, fns2, arena, at);
        }
      }
      const align = (n) => n + 7 & ~7;
      const symAt = HEADER;
      const vsAt = align(symAt + t.count * t.entsize);
      const strAt = align(vsAt + t.versymCount * 2);
      const top = align(strAt + t.str.length + ARENA_PAD);
      const mem = new api.Memory({ initial: Math.ceil(top / 65536) });
      const fns = new api.Instance(mod, { m: { mem } }).exports;
      const u8 = new Uint8Array(mem.buffer);
      u8.set(t.sym.subarray(0, t.count * t.entsize), symAt);
      if (t.versym) u8.set(t.versym.subarray(0, t.versymCount * 2), vsAt);
      u8.set(t.str, strAt);
      return new _SymbolKernel(t, mem, fns, null, [symAt, vsAt, strAt, top]);
    } catch {
      return null;
    }
  }
  /** Whether the kernel works in the arena the symbol table was read into (rather than on copies). */
  get inPlace() {
    return this.arena !== null;
  }
  /** Number of symbols (null symbol excluded) whose st_name is outside the string table. */
  badNames() {
    return this.fns.bad(this.symAt, this.t.entsize, this.t.count, this.t.str.length);
  }
  /** Indices of undefined symbols whose .gnu.version value v has flags[v] set, in file order (null: no memory). */
  undefinedWithFlags(flags) {
    const need = 65536 + 4096 * 4;
    const flagsAt = this.scratch(need);
    if (flagsAt < 0) return null;
    this.u8.set(flags.subarray(0, 65536), flagsAt);
    const outAt = flagsAt + 65536;
    const dv = new DataView(this.mem.buffer);
    const found = [];
    const { count, entsize, is64, versymCount } = this.t;
    for (let i = 1; i < count; ) {
      const n = this.fns.undef(
        i,
        count,
        this.symAt,
        entsize,
        is64 ? 6 : 14,
        this.vsAt,
        versymCount,
        flagsAt,
        outAt,
        4096
      );
      for (let k = 0; k < n; k++) found.push(dv.getUint32(outAt + k * 4, true));
      const next = dv.getUint32(8, true);
      if (next <= i && n === 0) break;
      i = next;
      if (n < 4096) break;
    }
    return found;
  }
  /**
   * Streams the JSON array of every symbol to `sink` in chunks of about KERNEL_CHUNK bytes (views of one buffer).
   * False, having written nothing, when the memory cannot hold the output buffer.
   */
  writeJson(plan, sink) {
    const vids = plan.defNameOff.length;
    const frags = [...plan.fragA, ...plan.fragB, ...plan.fragC];
    const fragBytes = frags.reduce((a, b) => a + b.length, 0);
    const longest = (list) => list.reduce((a, b) => Math.max(a, b.length), 0);
    const maxFrag = longest(plan.fragA) + longest(plan.fragB) + longest(plan.fragC);
    const tablesSize = 24 + 131072 + vids * 4 + vids * 4 * 8 + 32 * 8 + CLS_SIZE + fragBytes + 8;
    const slack = this.t.str.length + 16 + maxFrag + 64;
    const base = this.scratch(tablesSize + KERNEL_CHUNK + slack);
    if (base < 0) return false;
    const u8 = this.u8;
    const dv = new DataView(this.mem.buffer);
    const vidAt = base + 24;
    const defAt = vidAt + 131072;
    const faAt = defAt + vids * 4;
    const fbAt = faAt + vids * 32;
    const fcAt = fbAt + 16 * 8;
    const clsAt = fcAt + 16 * 8;
    let fragAt = clsAt + CLS_SIZE;
    const outAt = fragAt + fragBytes + 7 & ~7;
    u8.fill(0, vidAt, vidAt + 131072);
    for (const [v, id] of plan.classOf) dv.setUint16(vidAt + v * 2, id, true);
    plan.defNameOff.forEach((off, id) => dv.setInt32(defAt + id * 4, off, true));
    const put = (tab, list) => list.forEach((b, j) => {
      u8.set(b, fragAt);
      dv.setUint32(tab + j * 8, fragAt, true);
      dv.setUint32(tab + j * 8 + 4, b.length, true);
      fragAt += b.length;
    });
    put(faAt, plan.fragA);
    put(fbAt, plan.fragB);
    put(fcAt, plan.fragC);
    for (let c = 0; c < 256; c++) {
      let cls = 2;
      let lo = 128;
      let hi = 191;
      if (c === 0) cls = 1;
      else if (c >= 32 && c < 128 && c !== 34 && c !== 92) cls = 0;
      else if (c >= 194 && c <= 223) cls = 3;
      else if (c >= 224 && c <= 239) {
        cls = 4;
        if (c === 224) lo = 160;
        if (c === 237) hi = 159;
      } else if (c >= 240 && c <= 244) {
        cls = 5;
        if (c === 240) lo = 144;
        if (c === 244) hi = 143;
      }
      u8[clsAt + c] = cls;
      u8[clsAt + 256 + c] = lo;
      u8[clsAt + 512 + c] = hi;
    }
    dv.setUint32(12, base, true);
    dv.setUint32(base, vidAt, true);
    dv.setUint32(base + 4, defAt, true);
    dv.setUint32(base + 8, faAt, true);
    dv.setUint32(base + 12, fbAt, true);
    dv.setUint32(base + 16, clsAt, true);
    dv.setUint32(base + 20, fcAt, true);
    const { count, entsize, is64, versymCount } = this.t;
    const limit = outAt + KERNEL_CHUNK;
    u8[8] = this.fns.touch(this.strAt, this.strAt + this.t.str.length);
    u8[outAt] = 91;
    let p = outAt + 1;
    let i = 1;
    for (; ; ) {
      i = this.fns.json(
        i,
        count,
        p,
        limit,
        this.symAt,
        entsize,
        is64 ? 4 : 12,
        is64 ? 6 : 14,
        this.vsAt,
        versymCount,
        this.strAt,
        this.t.str.length
      );
      p = dv.getUint32(0, true);
      if (dv.getUint32(4, true) === 1) {
        const bytes = plan.slow(i);
        if (p + bytes.length <= limit + slack) {
          u8.set(bytes, p);
          p += bytes.length;
        } else {
          sink(u8.subarray(outAt, p));
          sink(bytes);
          p = outAt;
        }
        i++;
        continue;
      }
      if (i >= count) break;
      sink(u8.subarray(outAt, p));
      p = outAt;
    }
    u8[p++] = 93;
    sink(u8.subarray(outAt, p));
    return true;
  }
  /** Address of a scratch area of `size` bytes (reused between calls), or -1 when the memory cannot provide one. */
  scratch(size) {
    if (this.scratchAt >= 0 && this.scratchSize >= size) return this.scratchAt;
    if (this.arena !== null) {
      const area = this.arena.alloc(size);
      if (area === null) return -1;
      this.scratchAt = area.byteOffset;
    } else {
      const need = this.top + size;
      const have = this.mem.buffer.byteLength;
      try {
        if (need > have) this.mem.grow(Math.ceil((need - have) / 65536));
      } catch {
        return -1;
      }
      this.scratchAt = this.top;
    }
    this.scratchSize = size;
    this.u8 = new Uint8Array(this.mem.buffer);
    return this.scratchAt;
  }
};

// src/elf/symbol-table.ts
var DynamicSymbolTable = class {
  parts;
  dv;
  vdv;
  needMemo = /* @__PURE__ */ new Map();
  cached = null;
  kernelState;
  /** Symbols whose name offset is outside the string table (after materialisation). */
  badNames = 0;
  constructor(parts) {
    this.parts = parts;
    this.dv = new DataView(parts.bytes.buffer, parts.bytes.byteOffset, parts.bytes.byteLength);
    this.vdv = parts.versym ? new DataView(parts.versym.buffer, parts.versym.byteOffset, parts.versym.byteLength) : null;
  }
  /** The WebAssembly kernel over this table (large little-endian tables only), created on first use. */
  kernel() {
    if (this.kernelState === void 0) {
      const { bytes, little, is64, entsize, count, strings, versym, versymCount } = this.parts;
      this.kernelState = little && strings !== null && count >= KERNEL_MIN && bytes.length >= count * entsize ? SymbolKernel.create({ sym: bytes, entsize, is64, count, versym, versymCount, str: strings.bytes }) : null;
    }
    return this.kernelState;
  }
  /** How many symbols have a name offset outside the string table (a cheap scan of st_name only). */
  countBadNames() {
    const kernel = this.kernel();
    if (kernel !== null) return kernel.badNames();
    const { little, entsize, count, strings } = this.parts;
    const size = strings ? strings.size : 0;
    let bad = 0;
    for (let i = 1; i < count; i++) if (this.dv.getUint32(i * entsize, little) >= size) bad++;
    return bad;
  }
  /** Number of undefined symbols (st_shndx 0), the null symbol excluded, without decoding any. */
  countUndefined() {
    const { little, is64, entsize, count } = this.parts;
    const at = is64 ? 6 : 14;
    let n = 0;
    for (let i = 1; i < count; i++) if (this.dv.getUint16(i * entsize + at, little) === 0) n++;
    return n;
  }
  /** Number of symbols, the null symbol excluded. */
  get length() {
    return this.parts.count - 1;
  }
  /** Whether toArray() has run. */
  get materialised() {
    return this.cached !== null;
  }
  /** st_name, st_info and st_shndx of symbol i. */
  raw(i) {
    const at = i * this.parts.entsize;
    const is64 = this.parts.is64;
    return {
      nameOff: this.dv.getUint32(at, this.parts.little),
      info: this.parts.bytes[at + (is64 ? 4 : 12)],
      shndx: this.dv.getUint16(at + (is64 ? 6 : 14), this.parts.little)
    };
  }
  /** Raw .gnu.version value of symbol i (0 when absent). */
  versym(i) {
    return this.vdv !== null && i < this.parts.versymCount ? this.vdv.getUint16(i * 2, this.parts.little) : 0;
  }
  /** The version-need name for a raw .gnu.version value (memoised), or null. */
  needName(vers) {
    let need = this.needMemo.get(vers);
    if (need === void 0) {
      need = this.parts.versions?.needByOther.get(vers) ?? null;
      this.needMemo.set(vers, need);
    }
    return need;
  }
  /**
   * readelf's get_symbol_version_string: a defined symbol is matched against .gnu.version_d first (the base version
   * and a version named like the symbol itself give none), then everything against .gnu.version_r, which readelf
   * prints with a single '@'. Returns [version, hidden].
   */
  version(vers, nameOff, shndx) {
    if (vers === 0) return [null, false];
    const v = this.parts.versions;
    if (v === null) return [null, false];
    if (shndx !== 0 && vers !== 32769 && v.hasDef) {
      const def = v.defByIndex.get(vers & 32767);
      if (def !== void 0) {
        if (def.ndx === 1 && def.flags === 1) return [null, false];
        if (def.nameOff !== nameOff && def.nameOff >= 0) return [def.name, (vers & 32768) !== 0];
      }
    }
    if (v.hasNeed) {
      const need = this.needName(vers);
      if (need !== null) return [need, true];
    }
    return [null, false];
  }
  /** The needed file a version came from: only versions resolved through .gnu.version_r (printed with '@') have one. */
  libraryOf(vers, version, hidden) {
    if (version === null || !hidden) return null;
    const v = this.parts.versions;
    if (v === null || v.needByOther.get(vers) !== version) return null;
    return v.needFileByOther.get(vers) ?? null;
  }
  /** Name of symbol i (readelf shows an unnamed section symbol by its section's name); null when out of range. */
  name(nameOff, info, shndx) {
    if ((info & 15) === 3 && nameOff === 0 && shndx < this.parts.sectionNames.length)
      return this.parts.sectionNames[shndx];
    return this.parts.strings !== null ? this.parts.strings.get(nameOff) : null;
  }
  /** Every symbol as a DynamicSymbol (file order, null symbol skipped); built once. */
  toArray() {
    if (this.cached !== null) return this.cached;
    const { bytes, little, is64, entsize, count } = this.parts;
    const dv = this.dv;
    const infoAt = is64 ? 4 : 12;
    const shndxAt = is64 ? 6 : 14;
    const out = [];
    let bad = 0;
    for (let i = 1; i < count; i++) {
      const at = i * entsize;
      const nameOff = dv.getUint32(at, little);
      const info = bytes[at + infoAt];
      const shndx = dv.getUint16(at + shndxAt, little);
      let name2 = this.name(nameOff, info, shndx);
      if (name2 === null) {
        bad++;
        name2 = "";
      }
      const vers = this.versym(i);
      const [version, hidden] = this.version(vers, nameOff, shndx);
      out.push({
        name: name2,
        version,
        hidden,
        library: this.libraryOf(vers, version, hidden),
        defined: shndx !== 0,
        binding: INFO_BINDING[info],
        type: INFO_TYPE[info]
      });
    }
    this.badNames = bad;
    this.cached = out;
    return out;
  }
  /** Names of undefined symbols bound to each of `nodes` (version node names), in file order, deduplicated. */
  undefinedWithVersion(nodes) {
    const out = /* @__PURE__ */ new Map();
    if (nodes.size === 0) return out;
    const { count } = this.parts;
    const seen = /* @__PURE__ */ new Set();
    const kernel = this.kernel();
    let candidates = null;
    if (kernel !== null) {
      const flags = new Uint8Array(65536);
      for (const [vers, need] of this.parts.versions?.needByOther ?? [])
        if (vers > 0 && vers < 65536 && need !== null && nodes.has(need)) flags[vers] = 1;
      candidates = kernel.undefinedWithFlags(flags);
    }
    for (const i of candidates ?? range(1, count)) {
      const vers = this.versym(i);
      if (vers === 0) continue;
      const r = this.raw(i);
      if (r.shndx !== 0) continue;
      const need = this.needName(vers);
      if (need === null || !nodes.has(need)) continue;
      const name2 = this.name(r.nameOff, r.info, r.shndx) ?? "";
      const key = `${need}\0${name2}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let list = out.get(need);
      if (!list) out.set(need, list = []);
      list.push(name2);
    }
    return out;
  }
};
function* range(from, to) {
  for (let i = from; i < to; i++) yield i;
}
var KERNEL_MIN = 2048;
var enc = new TextEncoder();
function jsonPlan(table) {
  const v = table.parts.versions;
  const values = [0];
  if (v !== null) {
    for (const k of v.needByOther.keys()) values.push(k);
    for (const d of v.defByIndex.keys()) values.push(d, d | 32768);
  }
  const classOf = /* @__PURE__ */ new Map();
  const defNameOff = [];
  const fragA = [];
  for (const vers of values) {
    if (!(vers >= 0 && vers < 65536) || classOf.has(vers)) continue;
    const id = defNameOff.length;
    classOf.set(vers, id);
    const def = v !== null && v.hasDef && vers !== 32769 ? v.defByIndex.get(vers & 32767) : void 0;
    const off = def !== void 0 && !(def.ndx === 1 && def.flags === 1) && def.nameOff >= 0 ? def.nameOff : -1;
    defNameOff.push(off);
    for (const defined of [false, true])
      for (const same of [false, true]) {
        const [version, hidden] = table.version(vers, same ? off : -1, defined ? 1 : 0);
        const library = table.libraryOf(vers, version, hidden);
        fragA.push(
          enc.encode(
            `,"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${defined},"binding":`
          )
        );
      }
  }
  classOf.delete(0);
  const halves = Array.from({ length: 16 }, (_, x) => x);
  const fragB = halves.map((b) => enc.encode(`${JSON.stringify(INFO_BINDING[b << 4])},"type":`));
  const fragC = halves.map((t) => enc.encode(`${JSON.stringify(INFO_TYPE[t])}}`));
  const slow = (i) => {
    const { nameOff, info, shndx } = table.raw(i);
    const vers = table.versym(i);
    const [version, hidden] = table.version(vers, nameOff, shndx);
    const library = table.libraryOf(vers, version, hidden);
    return enc.encode(
      `${JSON.stringify(table.name(nameOff, info, shndx) ?? "")},"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${shndx !== 0},"binding":${JSON.stringify(INFO_BINDING[info])},"type":${JSON.stringify(INFO_TYPE[info])}}`
    );
  };
  return { classOf, defNameOff, fragA, fragB, fragC, slow };
}

// src/elf/symbols.ts
var MAX_SYMTAB = 512 << 20;
function readDynamicSymbols(layout, dyn, versions, budget, warnings) {
  const table = locateSymbols(layout, dyn, warnings);
  if (!table || table.count <= 1) return null;
  budget.spend(table.count, table.view.base);
  const versym = versions ? readVersym(layout, dyn, table.count, warnings) : null;
  const result = new DynamicSymbolTable({
    bytes: table.view.bytes,
    little: layout.little,
    is64: layout.is64,
    entsize: table.entsize,
    count: table.count,
    strings: table.strings,
    versym: versym ? versym.view.bytes : null,
    versymCount: versym ? versym.count : 0,
    versions,
    sectionNames: layout.sections.map((s) => s.name)
  });
  const bad = result.countBadNames();
  if (bad > 0) warnings.push(`${bad} dynamic symbol name(s) point outside the string table`);
  return result;
}
function locateSymbols(layout, dyn, warnings) {
  const std = layout.is64 ? 24 : 16;
  const sec = layout.sections.find((s) => s.type === SHT_DYNSYM);
  if (sec) {
    if (!(sec.size > 0)) return null;
    let entsize = sec.entsize;
    if (entsize !== std) {
      warnings.push(`.dynsym sh_entsize ${entsize} is not ${std}; using ${std}`);
      entsize = std;
    }
    if (sec.size % entsize !== 0) warnings.push(`.dynsym size ${sec.size} is not a multiple of ${entsize}`);
    const view = sectionBytes(layout, sec, MAX_SYMTAB);
    let strings = null;
    const link = sec.link;
    if (link > 0 && link < layout.sections.length && layout.sections[link].type === SHT_STRTAB) {
      const ls = layout.sections[link];
      strings = dyn?.strtab && dyn.strtab.size === ls.size ? dyn.strtab : new StringTable(sectionBytes(layout, ls, MAX_SYMTAB).bytes);
    } else {
      warnings.push(`.dynsym sh_link ${link} is not a string table; using .dynstr`);
      strings = dyn?.strtab ?? null;
    }
    return { view, count: Math.floor(view.length / entsize), entsize, strings };
  }
  if (layout.sections.length > 0 || !dyn) return null;
  const addr = dyn.values.get(DT.SYMTAB);
  if (addr === void 0) return null;
  const count = symbolCount(layout, dyn, warnings);
  if (count === null) {
    warnings.push("DT_SYMTAB without DT_HASH/DT_GNU_HASH: symbol count unknown; dynamic symbols skipped");
    return null;
  }
  if (count === 0) return null;
  const len = count * std;
  const off = vaddrToOffset(layout, addr, len, "DT_SYMTAB");
  return { view: readView(layout.src, off, len, layout.little, "DT_SYMTAB"), count, entsize: std, strings: dyn.strtab };
}
function symbolCount(layout, dyn, warnings) {
  const hash = dyn.values.get(DT.HASH);
  if (hash !== void 0) {
    const off = vaddrToOffset(layout, hash, 8, "DT_HASH");
    return readView(layout.src, off, 8, layout.little, "DT_HASH").u32(4);
  }
  const gnu = dyn.values.get(DT.GNU_HASH);
  if (gnu === void 0) return null;
  const ext = mappedExtent(layout, gnu);
  if (!ext || ext.length < 16) throw new ElfError("UNMAPPED_ADDRESS", "DT_GNU_HASH is not mapped", null);
  const v = readView(layout.src, ext.offset, Math.min(ext.length, MAX_SYMTAB), layout.little, "DT_GNU_HASH");
  const nbuckets = v.u32(0);
  const symoffset = v.u32(4);
  const bloomSize = v.u32(8);
  const word = layout.is64 ? 8 : 4;
  const bucketsAt = 16 + bloomSize * word;
  v.need(bucketsAt, nbuckets * 4, "DT_GNU_HASH buckets");
  let max = 0;
  for (let i = 0; i < nbuckets; i++) max = Math.max(max, v.u32(bucketsAt + i * 4));
  if (max === 0) return symoffset;
  if (max < symoffset) throw new ElfError("BAD_TABLE", "DT_GNU_HASH bucket below symoffset", v.base + bucketsAt);
  const chainAt = bucketsAt + nbuckets * 4;
  for (let i = max; ; i++) {
    const at = chainAt + (i - symoffset) * 4;
    v.need(at, 4, "DT_GNU_HASH chain");
    if (v.u32(at) & 1) return i + 1;
    if (i - max > 1 << 24) {
      warnings.push("DT_GNU_HASH chain does not end");
      return null;
    }
  }
}
function readVersym(layout, dyn, count, warnings) {
  const sec = layout.sections.find((s) => s.type === SHT_GNU_VERSYM);
  try {
    let view = null;
    if (sec) {
      if (!(sec.size > 0)) return null;
      view = sectionBytes(layout, sec, MAX_SYMTAB);
    } else if (layout.sections.length === 0 && dyn) {
      const addr = dyn.values.get(DT.VERSYM);
      if (addr === void 0) return null;
      const off = vaddrToOffset(layout, addr, count * 2, "DT_VERSYM");
      view = readView(layout.src, off, count * 2, layout.little, "DT_VERSYM");
    }
    if (!view) return null;
    const n = Math.floor(view.length / 2);
    if (n !== count) warnings.push(`.gnu.version has ${n} entries but .dynsym has ${count} symbols`);
    return { view, count: n };
  } catch (e) {
    if (!(e instanceof ElfError)) throw e;
    warnings.push(`.gnu.version unreadable (${e.code}): ${e.message}`);
    return null;
  }
}

// src/elf/versions.ts
var VER_FLG_BASE = 1;
var VER_FLG_WEAK = 2;
var MAX_VERSION_TABLE = 16 << 20;
function readVersionTables(layout, dyn, budget, warnings) {
  const t = {
    needs: [],
    defs: [],
    needByOther: /* @__PURE__ */ new Map(),
    needFileByOther: /* @__PURE__ */ new Map(),
    defByIndex: /* @__PURE__ */ new Map(),
    hasNeed: false,
    hasDef: false
  };
  const needSrc = locate(layout, dyn, SHT_GNU_VERNEED, DT.VERNEED, DT.VERNEEDNUM, warnings);
  const defSrc = locate(layout, dyn, SHT_GNU_VERDEF, DT.VERDEF, DT.VERDEFNUM, warnings);
  let firstError = null;
  if (needSrc) {
    t.hasNeed = true;
    try {
      walkNeeds(needSrc, t, budget, warnings);
    } catch (e) {
      firstError = e;
    }
  }
  if (defSrc) {
    t.hasDef = true;
    try {
      walkDefs(defSrc, t, budget, warnings);
    } catch (e) {
      firstError ??= e;
    }
  }
  if (firstError) throw firstError;
  return t;
}
function locate(layout, dyn, shType, addrTag, numTag, warnings) {
  const what = shType === SHT_GNU_VERNEED ? ".gnu.version_r" : ".gnu.version_d";
  const sec = layout.sections.find((s) => s.type === shType);
  if (sec) {
    if (!(sec.size > 0)) return null;
    return {
      view: sectionBytes(layout, sec, MAX_VERSION_TABLE),
      count: sec.info,
      strings: linkedStrings(layout, sec, dyn, warnings),
      what
    };
  }
  if (layout.sections.length > 0 || !dyn) return null;
  const addr = dyn.values.get(addrTag);
  if (addr === void 0) return null;
  const ext = mappedExtent(layout, addr);
  if (!ext)
    throw new ElfError("UNMAPPED_ADDRESS", `${what}: DT address 0x${addr.toString(16)} is not in any PT_LOAD`, null);
  const len = Math.min(ext.length, MAX_VERSION_TABLE);
  return {
    view: readView(layout.src, ext.offset, len, layout.little, what),
    count: dyn.values.get(numTag) ?? 0,
    strings: dyn.strtab,
    what
  };
}
function linkedStrings(layout, sec, dyn, warnings) {
  const link = sec.link;
  if (link > 0 && link < layout.sections.length && link !== sec.index && layout.sections[link].type === SHT_STRTAB) {
    if (dyn?.strtab && layout.sections.find((s) => s.index === link && s.type === SHT_STRTAB)) {
      const s = layout.sections[link];
      if (dyn.strtab.size === s.size) return dyn.strtab;
    }
    try {
      return new StringTable(sectionBytes(layout, layout.sections[link], 256 << 20).bytes);
    } catch (e) {
      if (!(e instanceof ElfError)) throw e;
      warnings.push(`${sec.name}: linked string table unreadable: ${e.message}`);
    }
  } else {
    warnings.push(`${sec.name || "version section"}: sh_link ${link} is not a string table; using .dynstr`);
  }
  return dyn?.strtab ?? null;
}
function str(src, off, warnings) {
  const s = src.strings ? src.strings.get(off) : null;
  if (s === null) warnings.push(`${src.what}: name offset ${off} is outside the string table`);
  return s;
}
function walkNeeds(src, t, budget, warnings) {
  const v = src.view;
  const maxRecords = Math.floor(v.length / 16);
  const count = Math.min(src.count, maxRecords);
  if (src.count > maxRecords) warnings.push(`${src.what}: count ${src.count} exceeds what the table can hold`);
  let off = 0;
  for (let i = 0; i < count; i++) {
    budget.spend(1, v.base + off);
    v.need(off, 16, `${src.what} entry ${i}`);
    const version = v.u16(off);
    const cnt = v.u16(off + 2);
    const file = str(src, v.u32(off + 4), warnings) ?? "";
    const aux = v.u32(off + 8);
    const next = v.u32(off + 12);
    if (version !== 1) warnings.push(`${src.what}: entry ${i} has vn_version ${version}`);
    const need = { file, versions: [] };
    t.needs.push(need);
    let a = off + aux;
    for (let j = 0; j < cnt; j++) {
      budget.spend(1, v.base + a);
      if (!(a + 16 <= v.length)) {
        throw new ElfError(
          "BAD_VERSION_CHAIN",
          `${src.what}: auxiliary entry ${j} of ${file} lies outside the section`,
          v.base + a
        );
      }
      const flags = v.u16(a + 4);
      const other = v.u16(a + 6);
      const name2 = str(src, v.u32(a + 8), warnings);
      const anext = v.u32(a + 12);
      need.versions.push({ name: name2 ?? "", weak: (flags & VER_FLG_WEAK) !== 0 });
      if (!t.needByOther.has(other)) {
        t.needByOther.set(other, name2);
        t.needFileByOther.set(other, file);
      }
      if (anext === 0) {
        if (j < cnt - 1) warnings.push(`${src.what}: aux chain of ${file} ends after ${j + 1} of ${cnt} entries`);
        break;
      }
      if (anext < 16)
        throw new ElfError(
          "BAD_VERSION_CHAIN",
          `${src.what}: vna_next ${anext} is smaller than an entry`,
          v.base + a + 12
        );
      a += anext;
    }
    if (next === 0) {
      if (i < count - 1) warnings.push(`${src.what}: chain ends after ${i + 1} of ${count} entries`);
      break;
    }
    if (next < 16)
      throw new ElfError(
        "BAD_VERSION_CHAIN",
        `${src.what}: vn_next ${next} is smaller than an entry`,
        v.base + off + 12
      );
    off += next;
  }
}
function walkDefs(src, t, budget, warnings) {
  const v = src.view;
  const maxRecords = Math.floor(v.length / 20);
  const count = Math.min(src.count, maxRecords);
  if (src.count > maxRecords) warnings.push(`${src.what}: count ${src.count} exceeds what the table can hold`);
  let off = 0;
  for (let i = 0; i < count; i++) {
    budget.spend(1, v.base + off);
    v.need(off, 20, `${src.what} entry ${i}`);
    const version = v.u16(off);
    const flags = v.u16(off + 2);
    const ndx = v.u16(off + 4);
    const cnt = v.u16(off + 6);
    const aux = v.u32(off + 12);
    const next = v.u32(off + 16);
    if (version !== 1) warnings.push(`${src.what}: entry ${i} has vd_version ${version}`);
    let nameOff = -1;
    let name2 = null;
    if (cnt > 0) {
      const a = off + aux;
      if (!(a + 8 <= v.length)) {
        throw new ElfError(
          "BAD_VERSION_CHAIN",
          `${src.what}: auxiliary entry of definition ${ndx} lies outside the section`,
          v.base + a
        );
      }
      nameOff = v.u32(a);
      name2 = str(src, nameOff, warnings);
    } else {
      warnings.push(`${src.what}: definition ${ndx} has vd_cnt 0`);
    }
    t.defs.push({ name: name2 ?? "", base: (flags & VER_FLG_BASE) !== 0 });
    if (!t.defByIndex.has(ndx)) t.defByIndex.set(ndx, { ndx, flags, nameOff, name: name2 });
    if (next === 0) {
      if (i < count - 1) warnings.push(`${src.what}: chain ends after ${i + 1} of ${count} entries`);
      break;
    }
    if (next < 20)
      throw new ElfError(
        "BAD_VERSION_CHAIN",
        `${src.what}: vd_next ${next} is smaller than an entry`,
        v.base + off + 16
      );
    off += next;
  }
}

// src/elf/analyse.ts
var DF_BIND_NOW = 8;
var DF_1_NOW = 1;
var DF_1_PIE = 134217728;
var MAX_INTERP = 4096;
var MAX_WARNINGS = 100;
function emptyElfFacts(path, size) {
  return {
    path,
    size,
    error: null,
    elf: null,
    linkage: null,
    interpreter: null,
    soname: null,
    needed: [],
    rpath: [],
    runpath: [],
    versionNeeds: [],
    versionDefs: [],
    dynamicSymbols: [],
    requires: {},
    requiredBy: {},
    abiTag: null,
    buildId: null,
    x86IsaLevel: null,
    pie: false,
    bindNow: false,
    stripped: false,
    warnings: []
  };
}
function readElfInto(source, out, opts = {}) {
  try {
    out.size = source.size;
  } catch {
    out.size = 0;
  }
  const reading = {
    file: out,
    layout: null,
    complete: false,
    warnings: [],
    record(e) {
      if (out.error === null) out.error = errorInfo(e);
      else reading.warnings.push(`${errorInfo(e).code}: ${errorInfo(e).message}`);
    }
  };
  const budget = new Budget(opts.budget);
  try {
    reading.layout = readLayout(source, budget);
  } catch (e) {
    reading.record(e);
    return reading;
  }
  reading.complete = readFacts(reading.layout, budget, out, reading);
  return reading;
}
function finishElfFacts(reading) {
  const { file: out, warnings } = reading;
  out.warnings = warnings.length > MAX_WARNINGS ? [...warnings.slice(0, MAX_WARNINGS), `${warnings.length - MAX_WARNINGS} more warnings`] : warnings;
  return out;
}
function readFacts(layout, budget, out, reading) {
  const { warnings, record } = reading;
  const fatal = (e) => {
    record(e);
    return e instanceof ElfError && e.code === "BUDGET_EXCEEDED";
  };
  try {
    warnings.push(...layout.warnings);
    if (layout.tableError) record(layout.tableError);
    out.elf = {
      class: layout.is64 ? 64 : 32,
      endian: layout.little ? "little" : "big",
      type: typeName(layout.type),
      machine: machineName(layout.machine),
      osabi: osabiName(layout.osabi)
    };
    out.stripped = !layout.sections.some((s) => s.type === SHT_SYMTAB);
    out.interpreter = readInterpreter(layout, warnings);
    let dyn = null;
    try {
      dyn = readDynamic(layout, budget, warnings);
    } catch (e) {
      if (fatal(e)) return false;
    }
    if (dyn) {
      out.needed = dyn.needed;
      out.soname = dyn.soname;
      out.rpath = dyn.rpath !== null ? dyn.rpath.split(":") : [];
      out.runpath = dyn.runpath !== null ? dyn.runpath.split(":") : [];
      out.bindNow = (dyn.flags & DF_BIND_NOW) !== 0 || (dyn.flags1 & DF_1_NOW) !== 0 || dyn.bindNowTag;
    }
    let versions = null;
    try {
      versions = readVersionTables(layout, dyn, budget, warnings);
      out.versionNeeds = versions.needs;
      out.versionDefs = versions.defs;
    } catch (e) {
      if (fatal(e)) return false;
    }
    let table = null;
    try {
      table = readDynamicSymbols(layout, dyn, versions, budget, warnings);
      if (table) attachSymbols(out, table);
    } catch (e) {
      if (fatal(e)) return false;
    }
    const req = computeRequires(out.versionNeeds, (nodes) => table ? table.undefinedWithVersion(nodes) : /* @__PURE__ */ new Map());
    out.requires = req.requires;
    out.requiredBy = req.requiredBy;
    try {
      const notes = readNotes(layout, budget, warnings);
      out.abiTag = notes.abiTag;
      out.buildId = notes.buildId;
      out.x86IsaLevel = notes.x86IsaLevel;
    } catch (e) {
      if (fatal(e)) return false;
    }
    const isDyn = layout.type === 3;
    const pieFlag = dyn !== null && (dyn.flags1 & DF_1_PIE) !== 0;
    if (out.interpreter !== null) out.linkage = "dynamic";
    else if (layout.type === 2) out.linkage = "static";
    else if (isDyn) {
      const looksStaticPie = out.needed.length === 0 && out.soname === null && layout.entry !== 0;
      out.linkage = pieFlag || looksStaticPie ? "static-pie" : "dynamic";
    }
    out.pie = isDyn && (pieFlag || out.interpreter !== null || out.linkage === "static-pie");
  } catch (e) {
    record(e);
  }
  return true;
}
var tables = /* @__PURE__ */ new WeakMap();
function pendingSymbolTable(file) {
  const t = tables.get(file);
  return t && !t.materialised ? t : null;
}
function attachSymbols(out, table) {
  tables.set(out, table);
  Object.defineProperty(out, "dynamicSymbols", {
    enumerable: true,
    configurable: true,
    get() {
      return table.toArray();
    },
    set(value) {
      tables.delete(out);
      Object.defineProperty(out, "dynamicSymbols", { value, writable: true, enumerable: true, configurable: true });
    }
  });
}
function readInterpreter(layout, warnings) {
  const p = layout.phdrs.find((ph) => ph.type === PT_INTERP);
  if (!p) return null;
  if (!(p.filesz > 0 && p.offset <= layout.src.size && p.filesz <= layout.src.size - p.offset)) {
    warnings.push("PT_INTERP lies outside the file");
    return null;
  }
  const bytes = layout.src.read(p.offset, Math.min(p.filesz, MAX_INTERP));
  let end = bytes.indexOf(0);
  if (end < 0) end = bytes.length;
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, end));
}

// src/elf/json.ts
var PLACEHOLDER = "\0abigap:dynamicSymbols\0";
var MARK = `"dynamicSymbols":${JSON.stringify(PLACEHOLDER)}`;
var enc2 = new TextEncoder();
function writeInspectDocument(files, sink) {
  let text = '{"schemaVersion":1,"files":[';
  files.forEach((file, i) => {
    if (i > 0) text += ",";
    const table = pendingSymbolTable(file);
    if (table === null) {
      text += JSON.stringify(file);
      return;
    }
    const copy = {};
    for (const k of Object.keys(file)) copy[k] = k === "dynamicSymbols" ? PLACEHOLDER : file[k];
    const json = JSON.stringify(copy);
    const at = json.indexOf(MARK);
    const key = '"dynamicSymbols":';
    sink(enc2.encode(text + json.slice(0, at + key.length)));
    writeDynamicSymbolsJson(table, sink);
    text = json.slice(at + MARK.length);
  });
  sink(enc2.encode(text + "]}\n"));
}
var CHUNK = 1 << 18;
var MAX_FAST_NAME = 65536;
var OPEN = enc2.encode('{"name":');
var ChunkWriter = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  buf = new Uint8Array(CHUNK);
  pos = 0;
  /** Makes room for n more bytes (flushing what is buffered). */
  room(n) {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }
  put(b) {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  flush() {
    if (this.pos > 0) this.sink(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }
};
function writeDynamicSymbolsJson(table, sink) {
  const kernel = table.kernel();
  if (kernel === null || !kernel.writeJson(jsonPlan(table), sink)) writePlain(table, sink);
}
function writePlain(table, sink) {
  const { bytes, little, is64, entsize, count, strings, versions } = table.parts;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const infoAt = is64 ? 4 : 12;
  const shndxAt = is64 ? 6 : 14;
  const str2 = strings ? strings.bytes : new Uint8Array(0);
  const strLen = str2.length;
  const safe = strings !== null && count > 4096 && strings.jsonSafe();
  const hasDef = versions !== null && versions.hasDef;
  const defNameOff = /* @__PURE__ */ new Map();
  const tails = /* @__PURE__ */ new Map();
  const out = new ChunkWriter(sink);
  out.buf[out.pos++] = 91;
  for (let i = 1; i < count; i++) {
    const at = i * entsize;
    const nameOff = dv.getUint32(at, little);
    const info = bytes[at + infoAt];
    const shndx = dv.getUint16(at + shndxAt, little);
    out.room(OPEN.length + 1);
    if (i > 1) out.buf[out.pos++] = 44;
    out.buf.set(OPEN, out.pos);
    out.pos += OPEN.length;
    let fast = nameOff < strLen && !((info & 15) === 3 && nameOff === 0) && (str2[nameOff] & 192) !== 128;
    if (fast) {
      let end = str2.indexOf(0, nameOff);
      if (end < 0) end = strLen;
      const len = end - nameOff;
      fast = len <= MAX_FAST_NAME && (safe || plainAscii(str2, nameOff, end));
      if (fast) {
        out.room(len + 2);
        const b = out.buf;
        let p = out.pos;
        b[p++] = 34;
        if (len > 24) b.set(str2.subarray(nameOff, end), p);
        else for (let k = 0; k < len; k++) b[p + k] = str2[nameOff + k];
        p += len;
        b[p++] = 34;
        out.pos = p;
      }
    }
    if (!fast) out.put(enc2.encode(JSON.stringify(table.name(nameOff, info, shndx) ?? "")));
    const vers = table.versym(i);
    let same = 0;
    if (hasDef && shndx !== 0 && vers !== 0) {
      let off = defNameOff.get(vers);
      if (off === void 0) {
        const def = vers !== 32769 ? versions.defByIndex.get(vers & 32767) : void 0;
        off = def !== void 0 && def.nameOff >= 0 ? def.nameOff : -1;
        defNameOff.set(vers, off);
      }
      if (off === nameOff) same = 1;
    }
    const key = ((vers * 2 + same) * 2 + (shndx !== 0 ? 1 : 0)) * 256 + info;
    let tail = tails.get(key);
    if (tail === void 0) tails.set(key, tail = tailOf(table, vers, nameOff, shndx, info));
    out.put(tail);
  }
  out.room(1);
  out.buf[out.pos++] = 93;
  out.flush();
}
function tailOf(table, vers, nameOff, shndx, info) {
  const [version, hidden] = table.version(vers, nameOff, shndx);
  const library = table.libraryOf(vers, version, hidden);
  return enc2.encode(
    `,"version":${JSON.stringify(version)},"hidden":${hidden},"library":${JSON.stringify(library)},"defined":${shndx !== 0},"binding":${JSON.stringify(INFO_BINDING[info])},"type":${JSON.stringify(INFO_TYPE[info])}}`
  );
}
function plainAscii(str2, from, to) {
  for (let k = from; k < to; k++) {
    const c = str2[k];
    if (c < 32 || c === 34 || c === 92 || c >= 128) return false;
  }
  return true;
}

// src/io/inspect-file.ts
var import_node_fs2 = require("node:fs");

// src/gobuildinfo/elf-exe.ts
function elfExeData(layout) {
  return {
    dataStart() {
      const sec = layout.sections.find((s) => s.name === ".go.buildinfo");
      if (sec) return sec.addr;
      const seg = layout.phdrs.find((p) => p.type === PT_LOAD && (p.flags & 3) === 2);
      return seg ? seg.vaddr : null;
    },
    readData(addr, size) {
      for (const p of layout.phdrs) {
        if (p.type !== PT_LOAD || !(p.filesz > 0)) continue;
        if (addr >= p.vaddr && addr - p.vaddr < p.filesz) {
          const n = Math.min(size, p.filesz - (addr - p.vaddr));
          const off = p.offset + (addr - p.vaddr);
          if (!(off >= 0 && off + n <= layout.src.size)) return null;
          return layout.src.read(off, n);
        }
      }
      return null;
    }
  };
}

// src/gobuildinfo/unquote.ts
function goUnquote(lit) {
  if (lit.length < 2) return null;
  const q = lit[0];
  if (q !== lit[lit.length - 1]) return null;
  const body = lit.slice(1, -1);
  if (q === "`") return body.includes("`") ? null : body.replace(/\r/g, "");
  if (q !== '"') return null;
  let out = "";
  const bytes = [];
  const flush = () => {
    if (bytes.length) {
      out += new TextDecoder("utf-8", { fatal: false }).decode(Uint8Array.from(bytes));
      bytes.length = 0;
    }
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "\n") return null;
    if (c !== "\\") {
      flush();
      out += c;
      continue;
    }
    const e = body[++i];
    const simple = {
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v",
      "\\": "\\",
      '"': '"'
    };
    if (e in simple) {
      flush();
      out += simple[e];
    } else if (e === "x" || e >= "0" && e <= "7") {
      const hex = e === "x";
      const digits = hex ? body.slice(i + 1, i + 3) : body.slice(i, i + 3);
      if (!(hex ? /^[0-9a-fA-F]{2}$/ : /^[0-7]{3}$/).test(digits)) return null;
      const v = parseInt(digits, hex ? 16 : 8);
      if (v > 255) return null;
      bytes.push(v);
      i += hex ? 2 : 2;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      const digits = body.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return null;
      const cp = parseInt(digits, 16);
      if (cp > 1114111 || cp >= 55296 && cp < 57344) return null;
      flush();
      out += String.fromCodePoint(cp);
      i += n;
    } else {
      return null;
    }
  }
  flush();
  return out;
}

// src/gobuildinfo/modinfo.ts
var MAX_LINES = 1e5;
function parseModInfo(version, text, problems = []) {
  const info = { version, path: "", main: { path: "", version: "" }, settings: {}, deps: [] };
  let last = null;
  let start = 0;
  for (let n = 0; n < MAX_LINES; n++) {
    const end = text.indexOf("\n", start);
    if (end < 0) break;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith("path	")) {
      info.path = line.slice(5);
    } else if (line.startsWith("mod	")) {
      const m = moduleLine(line.slice(4), problems);
      if (m) info.main = m;
      last = m;
    } else if (line.startsWith("dep	")) {
      const m = moduleLine(line.slice(4), problems);
      if (m) info.deps.push(m);
      last = m;
    } else if (line.startsWith("=>	")) {
      const elem = line.slice(3).split("	");
      if (elem.length !== 3 || last === null) {
        problems.push(`go buildinfo: bad replacement line ${JSON.stringify(line.slice(0, 200))}`);
      } else {
        last.replace = withSum({ path: elem[0], version: elem[1] }, elem[2]);
      }
      last = null;
    } else if (line.startsWith("build	")) {
      const kv = buildLine(line.slice(6));
      if (kv) info.settings[kv[0]] = kv[1];
      else problems.push(`go buildinfo: bad build line ${JSON.stringify(line.slice(0, 200))}`);
    }
  }
  return info;
}
function withSum(m, sum) {
  if (sum) m.sum = sum;
  return m;
}
function moduleLine(rest2, problems) {
  const elem = rest2.split("	");
  if (elem.length !== 2 && elem.length !== 3) {
    problems.push(`go buildinfo: expected 2 or 3 columns in module line, got ${elem.length}`);
    return null;
  }
  return withSum({ path: elem[0], version: elem[1] }, elem[2]);
}
function buildLine(kv) {
  if (kv.length < 1 || kv[0] === "=") return null;
  let key;
  let raw;
  if (kv[0] === '"' || kv[0] === "`") {
    const end = quotedPrefixEnd(kv);
    if (end < 0) return null;
    const k = goUnquote(kv.slice(0, end));
    if (k === null || kv[end] !== "=") return null;
    key = k;
    raw = kv.slice(end + 1);
  } else {
    const eq = kv.indexOf("=");
    if (eq < 0) return null;
    key = kv.slice(0, eq);
    raw = kv.slice(eq + 1);
  }
  if (raw.length > 0 && (raw[0] === '"' || raw[0] === "`")) {
    const v = goUnquote(raw);
    return v === null ? null : [key, v];
  }
  return [key, raw];
}
function quotedPrefixEnd(s) {
  const q = s[0];
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === "\\") {
      i++;
      continue;
    }
    if (s[i] === q) return i + 1;
  }
  return -1;
}

// src/gobuildinfo/read.ts
var MAGIC = [255, 32, 71, 111, 32, 98, 117, 105, 108, 100, 105, 110, 102, 58];
var ALIGN = 16;
var HEADER2 = 32;
var SCAN = 64 * 1024;
var MAX_STRING2 = 16 << 20;
var latin = new TextDecoder("utf-8", { fatal: false });
function readGoBuildInfo(exe, problems = []) {
  const start = exe.dataStart();
  if (start === null) return null;
  const window = exe.readData(start, SCAN);
  if (!window) return null;
  const at = findMagic(window);
  if (at < 0) return null;
  const base = start + at;
  const head = window.subarray(at, at + HEADER2);
  const ptrSize = head[14];
  const flags = head[15];
  let version;
  let mod;
  if (flags & 2) {
    const rest2 = readInline(exe, base + HEADER2, window.subarray(at + HEADER2));
    if (!rest2) {
      problems.push("go buildinfo: inline strings run past the data");
      return null;
    }
    ;
    [version, mod] = rest2;
  } else {
    if (ptrSize !== 4 && ptrSize !== 8) {
      problems.push(`go buildinfo: pointer size ${ptrSize} is neither 4 nor 8`);
      return null;
    }
    const big = flags !== 0;
    const vAddr = readPtr(head, 16, ptrSize, big);
    const mAddr = readPtr(head, 16 + ptrSize, ptrSize, big);
    version = readGoString(exe, vAddr, ptrSize, big);
    mod = readGoString(exe, mAddr, ptrSize, big) ?? "";
  }
  if (!version) return null;
  if (mod !== null && mod.length >= 33 && mod[mod.length - 17] === "\n") mod = mod.slice(16, mod.length - 16);
  else mod = "";
  return parseModInfo(version, mod, problems);
}
function findMagic(data) {
  for (let i = 0; i + HEADER2 <= data.length; i += ALIGN) {
    let ok = true;
    for (let j = 0; j < MAGIC.length; j++) {
      if (data[i + j] !== MAGIC[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}
function readPtr(b, at, size, big) {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (size === 4) return dv.getUint32(at, !big);
  const hi = dv.getUint32(big ? at : at + 4, !big);
  const lo = dv.getUint32(big ? at + 4 : at, !big);
  return hi >= 2097152 ? Infinity : hi * 4294967296 + lo;
}
function readGoString(exe, addr, ptrSize, big) {
  if (!Number.isFinite(addr)) return null;
  const hdr = exe.readData(addr, 2 * ptrSize);
  if (!hdr || hdr.length < 2 * ptrSize) return null;
  const dataAddr = readPtr(hdr, 0, ptrSize, big);
  const len = readPtr(hdr, ptrSize, ptrSize, big);
  if (!Number.isFinite(dataAddr) || !(len <= MAX_STRING2)) return null;
  if (len === 0) return "";
  const data = exe.readData(dataAddr, len);
  if (!data || data.length < len) return null;
  return latin.decode(data);
}
function readInline(exe, addr, initial) {
  let data = initial;
  const out = [];
  let pos = 0;
  for (let k = 0; k < 2; k++) {
    const v = uvarint(data, pos);
    if (!v) return null;
    const [len, n] = v;
    if (!(len <= MAX_STRING2)) return null;
    if (pos + n + len > data.length) {
      const more = exe.readData(addr, pos + n + len);
      if (!more || more.length < pos + n + len) return null;
      data = more;
    }
    out.push(latin.decode(data.subarray(pos + n, pos + n + len)));
    pos += n + len;
  }
  return [out[0], out[1]];
}
function uvarint(b, at) {
  let x = 0;
  let mul = 1;
  for (let i = 0; i < 10 && at + i < b.length; i++) {
    const c = b[at + i];
    x += (c & 127) * mul;
    if (c < 128) return x > Number.MAX_SAFE_INTEGER ? null : [x, i + 1];
    mul *= 128;
  }
  return null;
}

// src/binary/arch.ts
function goArchOfMachine(machine, is64, little) {
  switch (machine) {
    case 62:
      return is64 ? "amd64" : "amd64p32";
    case 3:
      return "386";
    case 183:
      return "arm64";
    case 40:
      return "arm";
    case 21:
      return little ? "ppc64le" : "ppc64";
    case 20:
      return "ppc";
    case 22:
      return "s390x";
    case 8:
      return is64 ? little ? "mips64le" : "mips64" : little ? "mipsle" : "mips";
    case 243:
      return is64 ? "riscv64" : "riscv32";
    case 258:
      return "loong64";
    default:
      return null;
  }
}

// src/binary/libc.ts
function loaderFlavor(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (/^ld-musl-.*\.so\.1$/.test(base)) return "musl";
  if (/^(ld-linux.*\.so\.\d+|ld64\.so\.[12]|ld\.so\.1)$/.test(base)) return "glibc";
  return "other";
}
function inferLibc(e) {
  if (e.interpreter !== null) {
    const flavor = loaderFlavor(e.interpreter);
    if (flavor !== "other") return flavor;
  }
  for (const n of e.needed) {
    if (n === "libc.so.6" || n === "libc.so.6.1" || n === "libc.so.0.3") return "glibc";
    if (isMuslLibc(n)) return "musl";
  }
  if (e.needNames.some((n) => n.startsWith("GLIBC_")) || e.defNames.some((n) => n.startsWith("GLIBC_"))) return "glibc";
  if (e.soname !== null) {
    if (isMuslLibc(e.soname)) return "musl";
    if (e.soname === "libc.so.6" || e.soname.startsWith("ld-linux")) return "glibc";
  }
  if (e.interpreter !== null) return "unknown";
  if (e.linkage === "static" || e.linkage === "static-pie") {
    if (e.abiTag !== null) return "glibc";
    if (e.go !== null) {
      if (e.go.settings["CGO_ENABLED"] === "1" && e.sectionNames.has(".init")) return "musl";
      return "none";
    }
  }
  return "unknown";
}

// src/binary/inspect.ts
function emptyInspectedFile(path, size) {
  const { warnings, ...elf } = emptyElfFacts(path, size);
  return { ...elf, libc: "unknown", go: null, warnings };
}
function inspectBinary(source, path, opts = {}) {
  const reading = readElfInto(source, emptyInspectedFile(path, 0), opts);
  const { file: out, layout } = reading;
  if (layout === null) return finishElfFacts(reading);
  const arch = goArchOfMachine(layout.machine, layout.is64, layout.little);
  if (arch && out.elf) out.elf.arch = arch;
  if (!reading.complete) return finishElfFacts(reading);
  try {
    try {
      out.go = readGoBuildInfo(elfExeData(layout), reading.warnings);
    } catch (e) {
      reading.record(e);
    }
    out.libc = inferLibc({
      interpreter: out.interpreter,
      needed: out.needed,
      soname: out.soname,
      needNames: out.versionNeeds.flatMap((n) => n.versions.map((v) => v.name)),
      defNames: out.versionDefs.map((d) => d.name),
      abiTag: out.abiTag,
      go: out.go,
      linkage: out.linkage,
      sectionNames: new Set(layout.sections.map((s) => s.name))
    });
  } catch (e) {
    reading.record(e);
  }
  return finishElfFacts(reading);
}

// src/io/file-source.ts
var import_node_fs = require("node:fs");
var BLOCK = 64 * 1024;
var MAX_BLOCKS = 8;
var ARENA_MIN = 1 << 20;
function openFileSource(path) {
  const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  let size;
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) throw new ElfError("NOT_REGULAR", `${path} is not a regular file`, null);
    size = st.size;
  } catch (e) {
    (0, import_node_fs.closeSync)(fd);
    throw e;
  }
  return fdSource(fd, size);
}
function fdSource(fd, size) {
  const blocks = /* @__PURE__ */ new Map();
  let closed = false;
  let arena;
  const allocate = (length) => {
    if (length >= ARENA_MIN) {
      if (arena === void 0) arena = WasmArena.create(Math.floor(size / 4) + (8 << 20));
      const buf = arena?.alloc(length);
      if (buf) return buf;
    }
    return new Uint8Array(length);
  };
  const readExact = (offset, length) => {
    const buf = allocate(length);
    let done = 0;
    while (done < length) {
      const n = (0, import_node_fs.readSync)(fd, buf, done, length - done, offset + done);
      if (n <= 0)
        throw new ElfError(
          "TRUNCATED",
          `file ended at ${offset + done} while reading ${length} bytes at ${offset}`,
          offset + done
        );
      done += n;
    }
    return buf;
  };
  const block = (index) => {
    let b = blocks.get(index);
    if (b) {
      blocks.delete(index);
      blocks.set(index, b);
      return b;
    }
    const start = index * BLOCK;
    b = readExact(start, Math.min(BLOCK, size - start));
    blocks.set(index, b);
    if (blocks.size > MAX_BLOCKS) blocks.delete(blocks.keys().next().value);
    return b;
  };
  return {
    size,
    read(offset, length) {
      if (closed) throw new ElfError("IO_ERROR", "read from a closed file", offset);
      if (!(offset >= 0 && length >= 0 && offset + length <= size)) {
        throw new ElfError(
          "TRUNCATED",
          `read of ${length} bytes at ${offset} leaves the ${size}-byte file`,
          Number.isFinite(offset) ? offset : null
        );
      }
      if (length === 0) return new Uint8Array(0);
      const first = Math.floor(offset / BLOCK);
      const last = Math.floor((offset + length - 1) / BLOCK);
      if (first === last && length <= BLOCK / 4) {
        const b = block(first);
        const at = offset - first * BLOCK;
        return b.subarray(at, at + length);
      }
      return readExact(offset, length);
    },
    close() {
      if (!closed) {
        closed = true;
        (0, import_node_fs.closeSync)(fd);
      }
    }
  };
}

// src/io/inspect-file.ts
var MAX_INSPECT_SIZE = 8 * 1024 ** 3;
function inspectFile(path) {
  let st;
  try {
    st = (0, import_node_fs2.statSync)(path);
  } catch (e) {
    const code = e.code;
    const out = emptyInspectedFile(path, 0);
    out.error = code === "ENOENT" || code === "ENOTDIR" ? { code: "NOT_FOUND", message: "no such file", offset: null } : { code: "IO_ERROR", message: `cannot stat: ${code ?? String(e)}`, offset: null };
    return out;
  }
  if (!st.isFile()) {
    const out = emptyInspectedFile(path, 0);
    const kind = st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO" : st.isSocket() ? "a socket" : "not a regular file";
    out.error = { code: "NOT_REGULAR", message: `${kind}, not an ELF file`, offset: null };
    return out;
  }
  if (st.size > MAX_INSPECT_SIZE) {
    const out = emptyInspectedFile(path, st.size);
    out.error = {
      code: "TOO_LARGE",
      message: `${st.size} bytes is above the ${MAX_INSPECT_SIZE}-byte limit`,
      offset: null
    };
    return out;
  }
  let src;
  try {
    src = openFileSource(path);
  } catch (e) {
    const out = emptyInspectedFile(path, st.size);
    const code = e.code;
    out.error = code ? { code: "IO_ERROR", message: `cannot open: ${code}`, offset: null } : errorInfo(e);
    return out;
  }
  try {
    return inspectBinary(src, path);
  } finally {
    src.close();
  }
}

// src/cli/commands/inspect.ts
function describe(f) {
  const lines = [`${safeText(f.path)}:`];
  const add = (label, value) => {
    lines.push(`  ${label.padEnd(12)}${value}`);
  };
  if (f.elf) {
    add(
      "format",
      `ELF${f.elf.class} ${f.elf.endian}-endian ${f.elf.type} ${f.elf.machine}${f.elf.arch ? ` (${f.elf.arch})` : ""}, ${f.elf.osabi}`
    );
    add(
      "linkage",
      `${f.linkage ?? "n/a"}${f.pie ? ", PIE" : ""}${f.bindNow ? ", BIND_NOW" : ""}${f.stripped ? ", stripped" : ""}`
    );
    add("libc", f.libc + (f.abiTag ? ` (ABI tag ${safeText(f.abiTag.os)} \u2265 ${safeText(f.abiTag.kernel)})` : ""));
    if (f.interpreter !== null) add("loader", safeText(f.interpreter));
    if (f.soname !== null) add("soname", safeText(f.soname));
    if (f.needed.length) add("needs", f.needed.map((n) => safeText(n)).join(", "));
    if (f.rpath.length) add("rpath", f.rpath.map((n) => safeText(n)).join(":"));
    if (f.runpath.length) add("runpath", f.runpath.map((n) => safeText(n)).join(":"));
    for (const [family, version] of Object.entries(f.requires)) {
      const by = f.requiredBy[family] ?? [];
      const shown = by.slice(0, 5).map((n) => safeText(n, 80)).join(", ");
      add(
        family === "GLIBC" ? "glibc" : "requires",
        `${safeText(family)} ${safeText(version)}${by.length ? ` (set by ${shown}${by.length > 5 ? `, +${by.length - 5} more` : ""})` : ""}`
      );
    }
    const musl = muslFloorOf(f);
    if (musl) add("musl", `needs ${describeMuslNeed(musl)}`);
    if (f.versionDefs.length) add("defines", `${f.versionDefs.length} version node(s)`);
    const table = pendingSymbolTable(f);
    const total = table ? table.length : f.dynamicSymbols.length;
    const undefinedCount = table ? table.countUndefined() : f.dynamicSymbols.filter((s) => !s.defined).length;
    add("symbols", `${total} dynamic (${undefinedCount} undefined)`);
    if (f.x86IsaLevel !== null) add("x86 ISA", f.x86IsaLevel === 1 ? "baseline" : `x86-64-v${f.x86IsaLevel}`);
    if (f.buildId !== null) add("build-id", f.buildId);
    if (f.go) {
      const cgo = f.go.settings["CGO_ENABLED"];
      add(
        "go",
        `${safeText(f.go.version)}${cgo !== void 0 ? `, CGO_ENABLED=${safeText(cgo)}` : ""}${f.go.path ? `, ${safeText(f.go.path)}` : ""}`
      );
    }
  }
  if (f.error)
    add(
      "error",
      `${f.error.code}: ${safeText(f.error.message)}${f.error.offset !== null ? ` (at offset ${f.error.offset})` : ""}`
    );
  for (const w of f.warnings.slice(0, 5)) add("warning", safeText(w));
  if (f.warnings.length > 5) add("warning", `\u2026 ${f.warnings.length - 5} more`);
  return lines.join("\n");
}
function stdoutSink() {
  let synchronous = false;
  try {
    const st = (0, import_node_fs3.fstatSync)(1);
    synchronous = st.isFile() || st.isCharacterDevice();
  } catch {
    synchronous = false;
  }
  return synchronous ? (chunk) => void process.stdout.write(chunk) : (chunk) => void process.stdout.write(Buffer.from(chunk));
}
function plainArguments(argv) {
  const files = [];
  let json = false;
  for (const a of argv) {
    if (a === "--json") json = true;
    else if (a.length > 0 && !a.startsWith("-")) files.push(a);
    else return null;
  }
  return files.length > 0 ? { files, json } : null;
}
async function parseArguments(argv) {
  const { Command: Command2 } = await Promise.resolve().then(() => (init_esm(), esm_exports));
  const cmd = new Command2("abigap inspect").description("ELF facts: linkage, loader, needed libraries, symbol versions, Go build info").option("--json", "print one JSON document (schemaVersion 1)").argument("<file...>", "files to analyse");
  const ended = parseCommandLine(cmd, argv);
  if (ended !== null) return ended;
  return { files: cmd.processedArgs[0], json: Boolean(cmd.opts().json) };
}
var run = reportingErrors(inspectCommand);
async function inspectCommand(argv) {
  const args = plainArguments(argv) ?? await parseArguments(argv);
  if (typeof args === "number") return args;
  const { files, json } = args;
  const results = files.map((f) => inspectFile(f));
  if (json) {
    writeInspectDocument(results, stdoutSink());
  } else {
    printOut(results.map(describe).join("\n\n") + "\n");
  }
  return results.some((r) => r.error !== null) ? ExitCode.findings : ExitCode.ok;
}

// src/cli/fast.ts
var [name, ...rest] = process.argv.slice(2);
if (name === "inspect") {
  exitQuietlyOnClosedPipe();
  run(rest).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.exitCode = reportError(err);
    }
  );
} else {
  void import("./cli.js");
}
