<?php
/**
 * Plugin Name:       Collaboration checklist
 * Description:       NCVO's collaborative behaviours checklist as a block and a shortcode: tick what is in place, mark what does not apply, note next steps, see progress. Progress stays in each visitor's browser.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            collab-checklist contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       collab-checklist
 *
 * @package collab-checklist
 */

defined( 'ABSPATH' ) || exit;

/** The version of the plugin and of the script files it ships (written by tools/wordpress/build-plugin.js). */
const COLLAB_CHECKLIST_VERSION = '0.1.0';

/**
 * Address of the main script. Each version's files sit in their own folder,
 * so an update reaches visitors without a query string: a query string on
 * the main file makes the browser load it twice (its language files import
 * it by its plain address).
 */
function collab_checklist_script_url() {
	return plugins_url( 'dist/' . COLLAB_CHECKLIST_VERSION . '/collab-checklist.js', __FILE__ );
}

/**
 * The element's attributes from a block's attributes or a shortcode's, each
 * checked: anything not valid is left out, so the element's default applies.
 *
 * @param array $input storageKey, lang, headingLevel and theme (any may be missing).
 * @return array Attribute name => value, only the valid ones.
 */
function collab_checklist_element_attributes( $input ) {
	$attributes = array();
	$storage_key = isset( $input['storageKey'] ) ? trim( (string) $input['storageKey'] ) : '';
	if ( '' !== $storage_key && preg_match( '/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/', $storage_key ) ) {
		$attributes['storage-key'] = $storage_key;
	}
	$lang = isset( $input['lang'] ) ? trim( (string) $input['lang'] ) : '';
	if ( '' !== $lang && preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $lang ) ) {
		$attributes['lang'] = $lang;
	}
	$level = isset( $input['headingLevel'] ) ? (string) $input['headingLevel'] : '';
	if ( preg_match( '/^[2-6]$/', $level ) && '2' !== $level ) {
		$attributes['heading-level'] = $level;
	}
	$theme = isset( $input['theme'] ) ? (string) $input['theme'] : '';
	if ( in_array( $theme, array( 'dark', 'auto' ), true ) ) {
		$attributes['theme'] = $theme;
	}
	return $attributes;
}

/**
 * The element, its attributes escaped, and the script that defines it
 * queued for this page (and only pages that show the checklist).
 *
 * @param array $input Block or shortcode settings.
 * @return string HTML.
 */
function collab_checklist_element( $input ) {
	collab_checklist_enqueue();
	$html = '<collab-checklist';
	foreach ( collab_checklist_element_attributes( $input ) as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '></collab-checklist>';
}

/**
 * Queues the main script as an ES module: by the Script Modules API where
 * WordPress has it (6.5 and later), else by a module script tag printed
 * once in the footer. Either way with no version query string.
 */
function collab_checklist_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'collab-checklist', collab_checklist_script_url(), array(), null );
		return;
	}
	if ( ! has_action( 'wp_footer', 'collab_checklist_print_module' ) ) {
		add_action( 'wp_footer', 'collab_checklist_print_module' );
	}
}

/** Before WordPress 6.5: the module script tag, through wp_print_script_tag so CSP plugins can add a nonce. */
function collab_checklist_print_module() {
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => collab_checklist_script_url(),
			'id'   => 'collab-checklist-js-module',
		)
	);
}

/** Block render_callback: the element in the block's wrapper (its class, anchor and extra classes). */
function collab_checklist_render_block( $attributes ) {
	return '<div ' . get_block_wrapper_attributes() . '>' . collab_checklist_element( (array) $attributes ) . '</div>';
}

/**
 * [collab_checklist storage_key="…" lang="…" heading_level="3" theme="auto"]
 * for the classic editor and widgets.
 */
function collab_checklist_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'storage_key'   => '',
			'lang'          => '',
			'heading_level' => '',
			'theme'         => '',
		),
		$atts,
		'collab_checklist'
	);
	return collab_checklist_element(
		array(
			'storageKey'   => $atts['storage_key'],
			'lang'         => $atts['lang'],
			'headingLevel' => $atts['heading_level'],
			'theme'        => $atts['theme'],
		)
	);
}

/**
 * A Custom HTML block left from before the plugin, holding its own script
 * tag for collab-checklist.js: that tag is dropped and the plugin's copy
 * queued instead, so the page loads one copy by one address. The
 * element in the block stays as it was.
 *
 * @param string $content The block's HTML.
 * @return string
 */
function collab_checklist_adopt_script_tag( $content ) {
	$pattern = '#<script\b[^>]*(?<![-\w])src\s*=\s*(["\'])[^"\']*/collab-checklist\.js(?:[?\#][^"\']*)?\1[^>]*>\s*</script>\s*#i';
	if ( false === stripos( $content, 'collab-checklist.js' ) || ! preg_match( $pattern, $content ) ) {
		return $content;
	}
	collab_checklist_enqueue();
	return preg_replace( $pattern, '', $content );
}

add_action(
	'init',
	function () {
		wp_register_script(
			'collab-checklist-editor',
			plugins_url( 'block/editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			COLLAB_CHECKLIST_VERSION,
			true
		);
		wp_set_script_translations( 'collab-checklist-editor', 'collab-checklist' );
		register_block_type(
			__DIR__ . '/block',
			array( 'render_callback' => 'collab_checklist_render_block' )
		);
		add_shortcode( 'collab_checklist', 'collab_checklist_shortcode' );
		add_filter( 'render_block_core/html', 'collab_checklist_adopt_script_tag' );
	}
);
