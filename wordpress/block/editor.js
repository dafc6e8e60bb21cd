/**
 * The "Collaboration checklist" block in the editor. Plain JavaScript on
 * WordPress's own globals (no build step): a placeholder in the content,
 * settings in the sidebar. The checklist itself is rendered by the server
 * (collab-checklist.php) and runs on the published page.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	var el = element.createElement;
	var __ = i18n.__;
	var sprintf = i18n.sprintf;
	var InspectorControls = blockEditor.InspectorControls;
	var useBlockProps = blockEditor.useBlockProps;
	var PanelBody = components.PanelBody;
	var Placeholder = components.Placeholder;
	var SelectControl = components.SelectControl;
	var TextControl = components.TextControl;

	/** The same pattern the server checks: a key it would not use is shown as a problem here. */
	var STORAGE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

	blocks.registerBlockType( 'collab-checklist/checklist', {
		edit: function ( props ) {
			var attributes = props.attributes;
			var set = props.setAttributes;
			var key = attributes.storageKey || '';
			var keyValid = key === '' || STORAGE_KEY.test( key );

			var settings = el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Checklist settings', 'collab-checklist' ) },
					el( TextControl, {
						label: __( 'Storage key', 'collab-checklist' ),
						value: key,
						onChange: function ( value ) {
							set( { storageKey: value } );
						},
						help: keyValid
							? __( 'Progress is saved in each visitor\'s browser under this name. Pages with the same key (or none) share progress; give each checklist page its own key to keep them apart. Letters, digits, dots, dashes and underscores.', 'collab-checklist' )
							: __( 'Not used: only letters, digits, dots, dashes and underscores, starting with a letter or digit. The checklist uses its default key until this is fixed.', 'collab-checklist' ),
					} ),
					el( SelectControl, {
						label: __( 'Language', 'collab-checklist' ),
						value: attributes.lang,
						options: [
							{ label: __( 'The page\'s language', 'collab-checklist' ), value: '' },
							{ label: 'English', value: 'en' },
							{ label: 'Cymraeg', value: 'cy' },
						],
						onChange: function ( value ) {
							set( { lang: value } );
						},
					} ),
					el( SelectControl, {
						label: __( 'Heading level', 'collab-checklist' ),
						help: __( 'The level of the checklist\'s title, to fit the page\'s headings.', 'collab-checklist' ),
						value: String( attributes.headingLevel ),
						options: [ 2, 3, 4, 5, 6 ].map( function ( level ) {
							return { label: sprintf( __( 'Heading %d', 'collab-checklist' ), level ), value: String( level ) };
						} ),
						onChange: function ( value ) {
							set( { headingLevel: parseInt( value, 10 ) } );
						},
					} ),
					el( SelectControl, {
						label: __( 'Colours', 'collab-checklist' ),
						value: attributes.theme,
						options: [
							{ label: __( 'Light', 'collab-checklist' ), value: 'light' },
							{ label: __( 'Dark', 'collab-checklist' ), value: 'dark' },
							{ label: __( 'Follow the visitor\'s system setting', 'collab-checklist' ), value: 'auto' },
						],
						onChange: function ( value ) {
							set( { theme: value } );
						},
					} )
				)
			);

			var summary = keyValid && key
				? sprintf( __( 'Progress is saved in each visitor\'s browser under the key "%s".', 'collab-checklist' ), key )
				: __( 'Progress is saved in each visitor\'s browser, shared with every other checklist on this site that has no storage key.', 'collab-checklist' );

			return el(
				'div',
				useBlockProps(),
				settings,
				el(
					Placeholder,
					{
						icon: 'yes-alt',
						label: __( 'Collaboration checklist', 'collab-checklist' ),
						instructions: __( 'NCVO\'s collaborative behaviours checklist shows here on the published page.', 'collab-checklist' ),
					},
					el( 'p', null, summary ),
					el( 'p', null, __( 'Change the storage key, language, heading level and colours in the block settings.', 'collab-checklist' ) )
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
